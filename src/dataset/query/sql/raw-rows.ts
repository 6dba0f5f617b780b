import type { DatePrecision } from '../../dates/story-date'
import type { EventRow } from '../answers'
import type { EventField } from '../query-description'

/** A row as an engine hands it over (DuckDB's JavaScript values, ClickHouse's JSON), not yet checked. */
export type RawRow = Readonly<Record<string, unknown>>

// Engines give whole numbers as JavaScript numbers, BigInts (DuckDB's BIGINT) or strings (ClickHouse's
// JSON quotes 64-bit integers); each is read here into the answer's plain types, and anything else is
// an error naming the column, not a wrong answer.

function fail(column: string, expected: string, value: unknown): never {
  throw new Error(
    `Engine row: ${column} should be ${expected}, was ${typeof value} ${String(value).slice(0, 40)}`,
  )
}

export function readNumber(row: RawRow, column: string): number {
  const value = row[column]
  if (typeof value === 'number') return value
  if (typeof value === 'bigint') {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER))
      fail(column, 'a safe integer', value)
    return Number(value)
  }
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value)
  return fail(column, 'a number', value)
}

export function readNullableNumber(row: RawRow, column: string): number | null {
  return row[column] === null || row[column] === undefined ? null : readNumber(row, column)
}

export function readString(row: RawRow, column: string): string {
  const value = row[column]
  return typeof value === 'string' ? value : fail(column, 'a string', value)
}

export function readNullableString(row: RawRow, column: string): string | null {
  return row[column] === null || row[column] === undefined ? null : readString(row, column)
}

export function readStrings(row: RawRow, column: string): string[] {
  const value = row[column]
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return [...value]
  return fail(column, 'a list of strings', value)
}

const PRECISIONS: ReadonlySet<string> = new Set<DatePrecision>([
  'millennium',
  'century',
  'decade',
  'year',
  'season',
  'month',
  'day',
  'time',
])

export function readPrecision(row: RawRow, column: string): DatePrecision {
  const value = readString(row, column)
  return isPrecision(value) ? value : fail(column, 'a date precision', value)
}

const isPrecision = (value: string): value is DatePrecision => PRECISIONS.has(value)

/**
 * An event's row with the fields asked for, its span from the columns that hold it: the engine's
 * table names them start_ms and end_ms, an answer that crossed a boundary start and end.
 */
export function readEventRow(
  row: RawRow,
  fields: readonly EventField[],
  span: { start: string; end: string } = { start: 'start', end: 'end' },
): EventRow {
  const event: EventRow = {
    id: readString(row, 'id'),
    start: readNumber(row, span.start),
    end: readNumber(row, span.end),
  }
  for (const field of fields) {
    switch (field) {
      case 'title':
      case 'date':
      case 'status':
        event[field] = readString(row, field)
        break
      case 'precision':
        event.precision = readPrecision(row, field)
        break
      case 'countries':
      case 'actors':
      case 'categories':
        event[field] = readStrings(row, field)
        break
      case 'latitude':
      case 'longitude':
        event[field] = readNullableNumber(row, field)
        break
    }
  }
  return event
}
