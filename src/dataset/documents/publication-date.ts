import { parseEdtf } from '../dates/parse-edtf'

// The date at the start of an ISO 8601 timestamp as pages and documents write it (2023-08-15,
// 2023-08-15T09:30:00+09:00, 2023-08). Anchored, fixed-length parts: nothing to backtrack.
const ISO_START = /^\s*(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d])/

/**
 * The day (or month) a document was published, as EDTF, from a timestamp; undefined when it holds no
 * such date, or an impossible one. The date is the one written, in the zone it was written in: a page
 * published at 23:30 in New York on 15 August says 2023-08-15T23:30-04:00, and its day is the 15th,
 * though it was the 16th in UTC.
 */
export function publicationDate(value: string | undefined | null): string | undefined {
  if (!value) return undefined
  const match = ISO_START.exec(value.slice(0, 64))
  if (!match) return undefined
  const [, year, month, day] = match
  const edtf = day === undefined ? `${year}-${month}` : `${year}-${month}-${day}`
  return parseEdtf(edtf).ok ? edtf : undefined
}
