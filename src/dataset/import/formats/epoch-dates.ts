import type { ReadNote } from '../../notes/read-note'
import type { ColumnRoles } from '../sheet/column-roles'

type Json = Record<string, unknown>

// Milliseconds since 1970 for the years 1973 to 2286: a count of seconds (or a year, or a magnitude)
// is never this large, and no count of milliseconds of those years is smaller.
const EARLIEST_MS = 1e11
const LATEST_MS = 1e13
const TIME_WORDS =
  /^(?:time|date|datetime|timestamp|when|start|starttime|startdate|eventtime|eventdate|occurred|occurredat|createdat|published)$/

/**
 * Fields of whole milliseconds since 1970 (USGS's earthquake feeds write `"time": 1374450356960`), read
 * as dates: the first field named like a time whose numbers are all such counts becomes an ISO date
 * and time to the second (the app's dates end at the second), under "date" where no field is read as
 * the date already (the sheet reader reads a column named "time" as a time of day). Other fields are
 * left as they are.
 */
export function epochDates(
  fields: readonly string[],
  records: readonly Json[],
  roles: ColumnRoles,
): { apply: (record: Json) => void; notes: ReadNote[] } {
  const hasDate = fields.some((field) => roles[field] === 'date' || roles[field] === 'year')
  const field = fields.find(
    (name) =>
      TIME_WORDS.test(name.toLowerCase().replace(/[\s_-]+/g, '')) &&
      (!hasDate || roles[name] === 'date') &&
      records.some((record) => record[name] !== undefined && record[name] !== null) &&
      records.every((record) => isEpochMs(record[name])),
  )
  if (field === undefined) return { apply: () => {}, notes: [] }
  const target = hasDate || fields.includes('date') ? field : 'date'
  let unread = 0
  return {
    apply: (record) => {
      const value = record[field]
      if (value === undefined || value === null) return
      if (target !== field) delete record[field]
      if (isEpochMs(value)) record[target] = `${new Date(value).toISOString().slice(0, 19)}Z`
      else {
        unread++
        record[target] = value
      }
    },
    // Read once every record is applied: it counts the values that were not such times.
    get notes(): ReadNote[] {
      return [{ code: 'recordsEpochTimes', field: field.slice(0, 40), asDate: target !== field, unread }]
    },
  }
}

function isEpochMs(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= EARLIEST_MS && value < LATEST_MS
}
