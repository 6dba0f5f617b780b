import { parseEdtf } from '../../dates/parse-edtf'
import {
  dayEdtf,
  fullYear,
  NO_SUCH_DAY,
  pad,
  type WrittenDate,
  type WrittenForm,
  yearEdtf,
} from './date-parts'
import { readDatePhrase } from './date-phrases'
import { readNamedDate } from './named-dates'

export { fullYear, type WrittenDate, type WrittenForm } from './date-parts'
export { monthOfName } from './month-names'

/**
 * Dates as people write them in spreadsheets and exports, read into EDTF at the precision they state
 * and no more: "02/24/2022" is a day, "Aug 2023" a month, "2023" a year, "c. 1850" an approximate
 * year, "March–April 2003" two months. A closed set of forms, read by hand rather than by a general
 * date library: each must say how precise it is, which a parser that returns a Date throws away, and
 * numeric day and month orders are decided for a whole column (see read-date-column.ts), never
 * guessed value by value. Ranges, approximate dates, decades, parts of years, eras and double calendars
 * are phrases around these (date-phrases.ts); month names in other languages, month-names.ts.
 */

/** How a numeric date orders its day and month: 24/02/2022 is day first, 02/24/2022 month first. */
export type DayMonthOrder = 'day-first' | 'month-first'

export const FORM_LABELS: Record<WrittenForm, string> = {
  edtf: 'EDTF / ISO 8601 (2022-02-24)',
  'date-time': 'a date and time (2022-02-24 10:30)',
  'numeric-day-first': 'day/month/year (24/02/2022)',
  'numeric-month-first': 'month/day/year (02/24/2022)',
  'numeric-year-first': 'year/month/day (2022/2/24)',
  compact: 'year, month and day run together (20220224)',
  'day-month-name': 'day, month name, year (24 February 2022, 9 mars 2021, 24-Feb-22)',
  'month-name-day': 'month name, day, year (Feb 24, 2022)',
  'month-name-year': 'month name and year (February 2022, marzo de 2023)',
  'excel-serial': 'an Excel date number (44616)',
  range: 'a range (March–April 2003 as 2003-03/2003-04)',
  approximate: 'an approximate date (c. 1850 as 1850~)',
  decade: 'a decade or century (1990s as 199X, some year of the 1990s)',
  'part-of-year': 'a part of a year or month (early 2020, fin 2024: one of its months or days)',
  era: 'a year BC or AD (67 BC as -0066)',
  'double-calendar': 'a Hijri date beside its Gregorian (11 H/632 M: the Gregorian was read)',
}

const MOST_CHARACTERS = 80

// 24/02/2022, 2/24/22, 24.02.2022, 24-02-2022: two numbers of one or two digits and a year.
export const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/
// 2022/2/24, 2022.02.24, 2022-2-4 (EDTF itself wants two digits: 2022-02-04).
const YEAR_FIRST = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/
// 20220224
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/
// 2023年8月15日, 2023년 8월 15일: a year, a month and maybe a day, each with its mark.
const MARKED = /^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월](?:\s*(\d{1,2})\s*[日일])?$/
// 2022-02-24 10:30, 2022-02-24T10:30:15.123456, with Z, UTC, GMT or an offset (+02, +0200, +02:00).
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i
// ISO 8601's expanded years, as JavaScript writes a date far from ours: -000066-03-15T00:00:00.000Z.
const EXPANDED_YEAR = /^([+-])00(\d{4})(?=$|-)/
const LOWER_CASE = /[a-z]/

/**
 * Reads one date as written, given the column's day/month order for numeric dates (see
 * read-date-column.ts). Never throws.
 */
export function readWrittenDate(
  input: string,
  order: DayMonthOrder = 'month-first',
  today: Date = new Date(),
): WrittenDate {
  // A cell of a megabyte is no date: refused before any pattern reads it.
  if (input.length > MOST_CHARACTERS * 4) return { ok: false, reason: { code: 'tooLong' } }
  const text = normalText(input)
  if (text === '') return { ok: false, reason: { code: 'emptyCell' } }
  if (text.length > MOST_CHARACTERS) return { ok: false, reason: { code: 'tooLong' } }
  return readDatePhrase(text, (part) => readSingleDate(part, order, today), today)
}

/**
 * Spaces as one space; the minus sign (U+2212) of a typeset "−0066" as EDTF's; an expanded ISO year
 * (+002023, -000066) as four digits.
 */
function normalText(input: string): string {
  let text = input.trim()
  if (text.includes('\u2212')) text = text.replaceAll('\u2212', '-')
  if (/\s\s|[\u00a0\u202f\t]/.test(text)) text = text.replace(/\s+/g, ' ')
  const expanded = EXPANDED_YEAR.exec(text)
  if (expanded) text = `${expanded[1] === '-' ? '-' : ''}${expanded[2]}${text.slice(expanded[0].length)}`
  return text
}

/** One date in one of the plain forms (no range, no "c."): the building block of every phrase. */
export function readSingleDate(text: string, order: DayMonthOrder, today: Date): WrittenDate {
  // A date and time first: its fraction of a second is kept as written (to the microsecond), and
  // one of fewer than three digits written out (".5" as ".500", which EDTF readers take as 5 ms).
  if (text.length >= 16 && (text[10] === 'T' || text[10] === ' ')) {
    const dateTime = DATE_TIME.exec(text)
    if (dateTime) return readDateTime(dateTime, text)
  }
  // EDTF has no lower-case letters: "24 February 2022" is not tried as EDTF, whose general grammar
  // takes a tenth of a millisecond to refuse it.
  const edtf = LOWER_CASE.test(text) ? null : parseEdtf(text)
  if (edtf?.ok) return { ok: true, edtf: text, form: 'edtf', twoDigitYear: false }

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
  if (yearFirst) return dayOf(yearFirst[1], yearFirst[3], yearFirst[4], 'numeric-year-first')
  const compact = COMPACT.exec(text)
  if (compact) return dayOf(compact[1], compact[2], compact[3], 'compact')
  const marked = MARKED.exec(text)
  if (marked) {
    const [, year = '', month = '', day] = marked
    if (day !== undefined) return dayOf(year, month, day, 'numeric-year-first')
    const monthNumber = Number(month)
    return monthNumber >= 1 && monthNumber <= 12
      ? { ok: true, edtf: `${year}-${pad(monthNumber)}`, form: 'numeric-year-first', twoDigitYear: false }
      : { ok: false, reason: NO_SUCH_DAY }
  }
  const named = readNamedDate(text)
  if (named) {
    if (!named.ok) return named
    const year = named.twoDigits ? fullYear(named.year, today) : named.year
    if (named.day === undefined)
      return {
        ok: true,
        edtf: `${yearEdtf(year)}-${pad(named.month)}`,
        form: named.form,
        twoDigitYear: named.twoDigits,
      }
    const edtfDay = dayEdtf(year, named.month, named.day)
    return edtfDay
      ? { ok: true, edtf: edtfDay, form: named.form, twoDigitYear: named.twoDigits }
      : { ok: false, reason: NO_SUCH_DAY }
  }
  return {
    ok: false,
    reason: { code: 'notADate' },
  }
}

function dayOf(year = '', month = '', day = '', form: WrittenForm): WrittenDate {
  const edtf = dayEdtf(Number(year), Number(month), Number(day))
  return edtf ? { ok: true, edtf, form, twoDigitYear: false } : { ok: false, reason: NO_SUCH_DAY }
}

function readDateTime(match: RegExpExecArray, text: string): WrittenDate {
  const [, day = '', hourText = '', minute = '', second = '00', fraction = '', zoneText = ''] = match
  const hour = Number(hourText)
  if (hour > 23 || Number(minute) > 59 || Number(second) > 59) {
    return { ok: false, reason: { code: 'noSuchTime' } }
  }
  // Without a zone, a time is read as UTC: the timeline shows every time in UTC.
  const upper = zoneText.toUpperCase()
  const zone =
    upper === '' || upper === 'Z' || upper === 'UTC' || upper === 'GMT' ? 'Z' : normalOffset(zoneText)
  const seconds = fraction ? `${second}.${fraction.padEnd(3, '0')}` : second
  const edtf = `${day}T${pad(hour)}:${minute}:${seconds}${zone}`
  const checked = parseEdtf(edtf)
  if (!checked.ok) return { ok: false, reason: { code: 'edtf', problem: checked.reason } }
  return { ok: true, edtf, form: edtf === text ? 'edtf' : 'date-time', twoDigitYear: false }
}

// +0530 → +05:30, +02 → +02:00
function normalOffset(offset: string): string {
  if (offset.length === 3) return `${offset}:00`
  return offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`
}

/** Excel's date numbers count days from 30 December 1899 (its 1900 leap-year error included). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30)
const DAY_MS = 86_400_000

/**
 * An Excel date number as EDTF: a day, or a day and time when it has a fraction. Only for a column
 * read as serials, or a cell of five digits among dates (a year such as 2023 is also a number).
 */
export function readExcelSerial(text: string): WrittenDate {
  const value = Number(text.trim())
  if (!Number.isFinite(value) || value < 1 || value >= 2_958_466) {
    return { ok: false, reason: { code: 'excelNumber' } }
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
