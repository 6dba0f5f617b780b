import type { ReadNote } from '../../notes/read-note'
import {
  type DayMonthOrder,
  NUMERIC_DATE,
  readExcelSerial,
  readWrittenDate,
  type WrittenDate,
  type WrittenForm,
} from '../values/written-dates'

/** A column of dates, read: each value as EDTF or why not, and what the reader should be told. */
export type DateColumn = {
  dates: WrittenDate[]
  /** Said once for the column: which forms were converted, and any order that had to be assumed. */
  notes: ReadNote[]
}

const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/
const SERIAL_CELL = /^\d{5}(?:\.\d+)?$/

/**
 * Reads a whole column of dates written by people. Numeric dates are read in one order for the whole
 * column, decided by its values: 24/02/2022 can only be day first, 02/24/2022 only month first; a
 * column where no value tells is read month first (or day first for dotted dates, 24.02.2022), and
 * says so, unless the reader has said which (`chosen`, the mapping step's). A column of plain numbers
 * past 9999 is Excel's date numbers. `column` names it in notes.
 */
export function readDateColumn(
  values: readonly string[],
  column = 'date',
  today: Date = new Date(),
  chosen?: DayMonthOrder,
): DateColumn {
  const notes: ReadNote[] = []
  const filled = values.map((value) => value.trim()).filter(Boolean)
  // A column mostly of numbers past 9999 is Excel's date numbers; in any column, a cell of five digits
  // is one too (a date a spreadsheet stored as its number, among dates written as text).
  const serials = filled.length > 0 && isSerialColumn(filled)
  const { order, assumed } = chosen ? { order: chosen, assumed: false } : decideOrder(filled)
  // A large sheet writes the same few thousand days over and over: each text is read once.
  const readings = new Map<string, WrittenDate>()
  const dates = values.map((value) => {
    let reading = readings.get(value)
    if (reading === undefined) {
      const trimmed = value.trim()
      reading =
        PLAIN_NUMBER.test(trimmed) && (serials || SERIAL_CELL.test(trimmed))
          ? readExcelSerial(trimmed)
          : readWrittenDate(value, order, today)
      readings.set(value, reading)
    }
    return reading
  })
  if (assumed) {
    notes.push({ code: 'dayMonthOrder', column, order })
  }
  notes.unshift(...conversionNotes(dates, column))
  return { dates, notes }
}

function isSerialColumn(filled: readonly string[]): boolean {
  if (!filled.every((value) => PLAIN_NUMBER.test(value))) return false
  const large = filled.filter((value) => Number(value) > 9999).length
  return large * 2 >= filled.length
}

/**
 * Whether a column's numeric dates leave their order to the reader: slashed or dashed dates none of
 * whose parts is over 12 (03/04/2022). Dotted dates (03.04.2022) are day first where they are written.
 */
export function orderIsUntold(values: readonly string[]): boolean {
  const { order, assumed } = decideOrder(values.map((value) => value.trim()).filter(Boolean))
  return assumed && order === 'month-first'
}

/** The column's day/month order, and whether nothing in it told (so it was assumed). */
export function decideOrder(filled: readonly string[]): { order: DayMonthOrder; assumed: boolean } {
  let dayFirst = 0
  let monthFirst = 0
  let numeric = 0
  let dotted = 0
  for (const value of filled) {
    const match = NUMERIC_DATE.exec(value)
    if (!match) continue
    numeric++
    if (match[2] === '.') dotted++
    const [first, second] = [Number(match[1]), Number(match[3])]
    if (first > 12 && second <= 12) dayFirst++
    else if (second > 12 && first <= 12) monthFirst++
  }
  if (dayFirst || monthFirst)
    return { order: dayFirst > monthFirst ? 'day-first' : 'month-first', assumed: false }
  const order = dotted * 2 > numeric ? 'day-first' : 'month-first'
  return { order, assumed: numeric > 0 }
}

function conversionNotes(dates: readonly WrittenDate[], column: string): ReadNote[] {
  const counts = new Map<WrittenForm, number>()
  let twoDigitYears = 0
  for (const date of dates) {
    if (!date.ok || date.form === 'edtf') continue
    counts.set(date.form, (counts.get(date.form) ?? 0) + 1)
    if (date.twoDigitYear) twoDigitYears++
  }
  if (counts.size === 0) return []
  const forms = [...counts].map(([form, count]) => ({ form, count }))
  const notes: ReadNote[] = [{ code: 'datesConverted', column, forms }]
  if (twoDigitYears > 0) notes.push({ code: 'twoDigitYears', count: twoDigitYears })
  return notes
}
