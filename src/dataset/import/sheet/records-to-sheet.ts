import { formatCount } from '../../../lib/format-count'
import type { Sheet } from './sheet-rows'

// The fields of a list are the first records' (a list of 100,000 records names its fields early).
const RECORDS_FOR_HEADER = 1000

/**
 * A JSON list of flat records as the rows of a sheet: each record a row, its fields columns. A text,
 * number or true/false is a cell; a list of them (TimeMap's `associations`, `sources`) is one cell of
 * "; "-separated values, as the sheet reader reads lists. A nested object is no cell: its field is
 * named in a note. Null when the list holds no records at all.
 */
export function recordsToSheet(list: unknown[]): { sheet: Sheet; notes: string[] } | null {
  const records = list.filter(
    (item): item is Record<string, unknown> =>
      typeof item === 'object' && item !== null && !Array.isArray(item),
  )
  if (records.length === 0) return null
  const header: string[] = []
  const seen = new Set<string>()
  for (const record of records.slice(0, RECORDS_FOR_HEADER)) {
    for (const key of Object.keys(record)) {
      if (!seen.has(key)) {
        seen.add(key)
        header.push(key)
      }
    }
  }
  const nested = new Set<string>()
  const rows: Sheet['rows'] = []
  list.forEach((item, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return
    const record = item as Record<string, unknown>
    const cells = header.map((key) => {
      const cell = cellOf(record[key])
      if (cell === null) nested.add(key)
      return cell ?? ''
    })
    // Said as "row 3" for the list's third record.
    rows.push({ cells, line: index + 1 })
  })
  const notes: string[] = []
  const skipped = list.length - records.length
  if (skipped)
    notes.push(`${formatCount(skipped)} items of the list are not records (objects) and were left out.`)
  if (nested.size)
    notes.push(
      `Fields holding nested objects are not read: ${[...nested]
        .slice(0, 10)
        .map((key) => `"${key.slice(0, 40)}"`)
        .join(', ')}.`,
    )
  return { sheet: { header, rows, total: list.length }, notes }
}

/** Lists in lists deeper than this are not read as cells (a list nested 100,000 deep overflowed). */
const DEEPEST_LIST = 8

function cellOf(value: unknown, depth = 0): string | null {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) {
    if (depth >= DEEPEST_LIST) return null
    const cells = value.map((item) => cellOf(item, depth + 1))
    if (cells.some((cell) => cell === null)) return null
    return (cells as string[])
      .map((cell) => cell.replaceAll(';', ','))
      .filter(Boolean)
      .join('; ')
  }
  return null
}
