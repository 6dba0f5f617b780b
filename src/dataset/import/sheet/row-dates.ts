import { parseEdtf } from '../../dates/parse-edtf'
import type { WrittenDate } from '../values/written-dates'
import { datePartsToEdtf, type EventColumn, readClock } from './event-columns'

/** A row's cell for a field, '' where the sheet has no column for it. */
export type CellOf = (cells: readonly string[], column: EventColumn) => string

// TimelineJS's Year, Month, Day, Time (and End Year…): a date, or an interval when it has an end.
export function datePartsOf(cells: readonly string[], cell: CellOf): string | null {
  const start = datePartsToEdtf({
    year: cell(cells, 'year'),
    month: cell(cells, 'month'),
    day: cell(cells, 'day'),
    time: cell(cells, 'time'),
  })
  if (start === null) return null
  if (cell(cells, 'endYear') === '') return start
  const end = datePartsToEdtf({
    year: cell(cells, 'endYear'),
    month: cell(cells, 'endMonth'),
    day: cell(cells, 'endDay'),
    time: cell(cells, 'endTime'),
  })
  return end === null || end === start ? start : `${start}/${end}`
}

// A day and the time of day beside it (TimeMap's Date and Time): one EDTF date-time, in UTC as the
// sheet gives no zone. A date that is not a day, or no time, stays as it is.
export function withTimeOfDay(edtf: string, time: string, unread: () => void): string {
  if (time === '' || !/^\d{4}-\d{2}-\d{2}$/.test(edtf)) return edtf
  const clock = readClock(time)
  if (!clock) {
    unread()
    return edtf
  }
  return `${edtf}T${clock}Z`
}

/**
 * A start and the end beside it as one EDTF interval. An empty end leaves the start; an end that is no
 * date, or comes before the start (compared at the precision both have), is said and left out.
 */
export function withEnd(
  start: string,
  end: WrittenDate | undefined,
  cell: string,
  unread: () => void,
): string {
  if (!end || cell.trim() === '') return start
  if (!end.ok) {
    unread()
    return start
  }
  if (end.edtf === start) return start
  // Only two plain dates make an interval: a start or end that is a range or a set of its own is not
  // joined (said, the start kept).
  const simple = (edtf: string) => !edtf.includes('/') && !edtf.startsWith('[')
  if (!simple(start) || !simple(end.edtf)) {
    if (simple(start)) unread()
    return start
  }
  const plain = (edtf: string) => edtf.replace(/[~?%]/g, '')
  const [from, to] = [plain(start), plain(end.edtf)]
  // An end less precise than a start it holds ("2022" after 2022-03-05) is no end; nor one before the
  // start (EDTF's reading compares them, negative years too).
  const interval = `${start}/${end.edtf}`
  if ((to.length < from.length && from.startsWith(to)) || !parseEdtf(interval).ok) {
    unread()
    return start
  }
  return interval
}
