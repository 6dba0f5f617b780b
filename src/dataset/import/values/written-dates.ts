import { dictionary, lookup } from '../../../lib/dictionary'
import { parseEdtf } from '../../dates/parse-edtf'

/**
 * Dates as people write them in spreadsheets and exports, read into EDTF at the precision they state
 * and no more: "02/24/2022" is a day, "Aug 2023" a month, "2023" a year. A closed set of forms, read
 * by hand rather than by a general date library: each must say how precise it is, which a parser that
 * returns a Date throws away, and numeric day and month orders are decided for a whole column (see
 * read-date-column.ts), never guessed value by value.
 */

/** How a numeric date orders its day and month: 24/02/2022 is day first, 02/24/2022 month first. */
export type DayMonthOrder = 'day-first' | 'month-first'

/** The forms a date can be written in; each is said to the reader with an example. */
export type WrittenForm =
  | 'edtf'
  | 'date-time'
  | 'numeric-day-first'
  | 'numeric-month-first'
  | 'numeric-year-first'
  | 'compact'
  | 'day-month-name'
  | 'month-name-day'
  | 'month-name-year'
  | 'excel-serial'

export const FORM_LABELS: Record<WrittenForm, string> = {
  edtf: 'EDTF / ISO 8601 (2022-02-24)',
  'date-time': 'a date and time (2022-02-24 10:30)',
  'numeric-day-first': 'day/month/year (24/02/2022)',
  'numeric-month-first': 'month/day/year (02/24/2022)',
  'numeric-year-first': 'year/month/day (2022/2/24)',
  compact: 'year, month and day run together (20220224)',
  'day-month-name': 'day, month name, year (24 February 2022, 24-Feb-22)',
  'month-name-day': 'month name, day, year (Feb 24, 2022)',
  'month-name-year': 'month name and year (February 2022)',
  'excel-serial': 'an Excel date number (44616)',
}

export type WrittenDate =
  | { ok: true; edtf: string; form: WrittenForm; twoDigitYear: boolean }
  | { ok: false; reason: string }

const MONTHS: Readonly<Record<string, number>> = (() => {
  const names = [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ]
  const table: Record<string, number> = dictionary([['sept', 9]])
  names.forEach((name, index) => {
    table[name] = index + 1
    table[name.slice(0, 3)] = index + 1
  })
  return table
})()

/** The month a name stands for (1–12), in English, full or in three letters ("Sept" too); else undefined. */
export function monthOfName(name: string): number | undefined {
  return lookup(MONTHS, name.toLowerCase().replace(/\.$/, ''))
}

/**
 * A two-digit year as a full one: up to ten years ahead of `today` it is this century, else the last
 * ("20" is 2020, "45" 1945, in 2026).
 */
export function fullYear(twoDigits: number, today: Date = new Date()): number {
  const thisYear = today.getUTCFullYear()
  const century = Math.floor(thisYear / 100) * 100
  const candidate = century + twoDigits
  return candidate > thisYear + 10 ? candidate - 100 : candidate
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

function dayEdtf(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null
  const date = new Date(Date.UTC(2000, month - 1, day))
  date.setUTCFullYear(year)
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}

const NO_SUCH_DAY = 'a calendar date that exists (month 1–12, a day that the month has)'

// 24/02/2022, 2/24/22, 24.02.2022, 24-02-2022: two numbers of one or two digits and a year.
export const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/
// 2022/2/24, 2022.02.24, 2022-2-4 (EDTF itself wants two digits: 2022-02-04).
const YEAR_FIRST = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/
// 20220224
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/
// 24 February 2022, 24 Feb 2022, 24-Feb-22, 24th of February, 2022 (a weekday before it is dropped).
const DAY_MONTH_NAME = /^(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s-]+([a-z]{3,9}\.?)[\s,-]+(\d{4}|\d{2})$/i
// Feb 24, 2022; February 24 2022; Feb. 24th, 2022
const MONTH_NAME_DAY = /^([a-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i
// February 2022, Feb 2022, Feb-2022, Feb-22
const MONTH_NAME_YEAR = /^([a-z]{3,9}\.?)[\s-]+(\d{4}|\d{2})$/i
// 2022-02-24 10:30, 2022-02-24T10:30:15.5, with Z or an offset or not; 2/24/2022 10:30 PM is below.
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i
const LOWER_CASE = /[a-z]/
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+/i

/**
 * Reads one date as written, given the column's day/month order for numeric dates (see
 * read-date-column.ts). Never throws.
 */
export function readWrittenDate(
  input: string,
  order: DayMonthOrder = 'month-first',
  today: Date = new Date(),
): WrittenDate {
  const text = input.trim()
  if (text === '') return { ok: false, reason: 'a date (the cell is empty)' }
  if (text.length > 60) return { ok: false, reason: 'a date of a few characters' }
  // EDTF has no lower-case letters: "24 February 2022" is not tried as EDTF, whose general grammar
  // takes a tenth of a millisecond to refuse it.
  const edtf = LOWER_CASE.test(text) ? null : parseEdtf(text)
  if (edtf?.ok) return { ok: true, edtf: text, form: 'edtf', twoDigitYear: false }

  const dateTime = DATE_TIME.exec(text)
  if (dateTime) return readDateTime(dateTime)

  const numeric = NUMERIC_DATE.exec(text)
  if (numeric) {
    const [, first = '', , second = '', yearText = ''] = numeric
    const twoDigitYear = yearText.length === 2
    const year = twoDigitYear ? fullYear(Number(yearText), today) : Number(yearText)
    const [day, month] = order === 'day-first' ? [first, second] : [second, first]
    const edtfDay = dayEdtf(year, Number(month), Number(day))
    if (!edtfDay) return { ok: false, reason: NO_SUCH_DAY }
    return {
      ok: true,
      edtf: edtfDay,
      form: order === 'day-first' ? 'numeric-day-first' : 'numeric-month-first',
      twoDigitYear,
    }
  }
  const yearFirst = YEAR_FIRST.exec(text)
  if (yearFirst) {
    const [, year = '', , month = '', day = ''] = yearFirst
    const edtfDay = dayEdtf(Number(year), Number(month), Number(day))
    return edtfDay
      ? { ok: true, edtf: edtfDay, form: 'numeric-year-first', twoDigitYear: false }
      : { ok: false, reason: NO_SUCH_DAY }
  }
  const compact = COMPACT.exec(text)
  if (compact) {
    const [, year = '', month = '', day = ''] = compact
    const edtfDay = dayEdtf(Number(year), Number(month), Number(day))
    return edtfDay
      ? { ok: true, edtf: edtfDay, form: 'compact', twoDigitYear: false }
      : { ok: false, reason: NO_SUCH_DAY }
  }
  const named = text.replace(WEEKDAY, '')
  const dayMonth = DAY_MONTH_NAME.exec(named)
  if (dayMonth) {
    const [, day = '', monthName = '', yearText = ''] = dayMonth
    return namedDay(Number(day), monthName, yearText, 'day-month-name', today)
  }
  const monthDay = MONTH_NAME_DAY.exec(named)
  if (monthDay) {
    const [, monthName = '', day = '', yearText = ''] = monthDay
    return namedDay(Number(day), monthName, yearText, 'month-name-day', today)
  }
  const monthYear = MONTH_NAME_YEAR.exec(named)
  if (monthYear) {
    const [, monthName = '', yearText = ''] = monthYear
    const month = monthOfName(monthName)
    if (!month) return { ok: false, reason: `a month name in English (found “${monthName}”)` }
    const twoDigitYear = yearText.length === 2
    const year = twoDigitYear ? fullYear(Number(yearText), today) : Number(yearText)
    return { ok: true, edtf: `${pad(year, 4)}-${pad(month)}`, form: 'month-name-year', twoDigitYear }
  }
  return {
    ok: false,
    reason:
      'a date such as 2022-02-24, 24/02/2022, 02/24/2022, 24 February 2022, Feb 24, 2022 or February 2022',
  }
}

function namedDay(
  day: number,
  monthName: string,
  yearText: string,
  form: WrittenForm,
  today: Date,
): WrittenDate {
  const month = monthOfName(monthName)
  if (!month) return { ok: false, reason: `a month name in English (found “${monthName}”)` }
  const twoDigitYear = yearText.length === 2
  const year = twoDigitYear ? fullYear(Number(yearText), today) : Number(yearText)
  const edtfDay = dayEdtf(year, month, day)
  return edtfDay ? { ok: true, edtf: edtfDay, form, twoDigitYear } : { ok: false, reason: NO_SUCH_DAY }
}

function readDateTime(match: RegExpExecArray): WrittenDate {
  const [, day = '', hourText = '', minute = '', second = '00', fraction = '', zoneText = ''] = match
  const hour = Number(hourText)
  if (hour > 23 || Number(minute) > 59 || Number(second) > 59) {
    return { ok: false, reason: 'a time of day that exists (hours 0–23, minutes and seconds 0–59)' }
  }
  // Without a zone, a time is read as UTC: the timeline shows every time in UTC.
  const zone = zoneText.toUpperCase() === 'Z' || zoneText === '' ? 'Z' : normalOffset(zoneText)
  const edtf = `${day}T${pad(hour)}:${minute}:${second}${fraction ? fraction.slice(0, 4) : ''}${zone}`
  const checked = parseEdtf(edtf)
  return checked.ok
    ? { ok: true, edtf, form: 'date-time', twoDigitYear: false }
    : { ok: false, reason: checked.reason }
}

// +0530 → +05:30
function normalOffset(offset: string): string {
  return offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`
}

/** Excel's date numbers count days from 30 December 1899 (its 1900 leap-year error included). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30)
const DAY_MS = 86_400_000

/**
 * An Excel date number as EDTF: a day, or a day and time when it has a fraction. Only for a column
 * read as serials (a year such as 2023 is also a number).
 */
export function readExcelSerial(text: string): WrittenDate {
  const value = Number(text.trim())
  if (!Number.isFinite(value) || value < 1 || value >= 2_958_466) {
    return { ok: false, reason: 'an Excel date number (1 to 2958465)' }
  }
  // Excel counts a 29 February 1900 that never was (its number 60): from 61 on, its numbers count
  // from 30 December 1899; before it, from the 31st.
  const days = value < 61 ? value + 1 : value
  const instant = new Date(EXCEL_EPOCH + Math.round(days * DAY_MS))
  const iso = instant.toISOString()
  const hasTime = value % 1 !== 0
  return {
    ok: true,
    edtf: hasTime ? `${iso.slice(0, 19)}Z` : iso.slice(0, 10),
    form: 'excel-serial',
    twoDigitYear: false,
  }
}
