import type { DateProblem } from '../../dates/date-problem'

/**
 * What every date reader of written-dates.ts and date-phrases.ts shares: the result of reading one
 * written date, and the few helpers that write EDTF's parts.
 */

/** The forms a date can be written in; each is said to the reader with an example (FORM_LABELS). */
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
  | 'range'
  | 'approximate'
  | 'decade'
  | 'part-of-year'
  | 'era'
  | 'double-calendar'

export type WrittenDate =
  | { ok: true; edtf: string; form: WrittenForm; twoDigitYear: boolean }
  | { ok: false; reason: DateProblem }

export const pad = (value: number, width = 2) => String(value).padStart(width, '0')

/** A year as EDTF writes it: four digits, a minus before a year before 1 BC's year 0 (-0066 is 67 BC). */
export const yearEdtf = (year: number) => (year < 0 ? `-${pad(-year, 4)}` : pad(year, 4))

export const NO_SUCH_DAY: DateProblem = { code: 'noSuchDay' }

/** A day as EDTF, or null when the calendar has no such day (30 February). */
export function dayEdtf(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null
  const date = new Date(Date.UTC(2000, month - 1, day))
  date.setUTCFullYear(year)
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${yearEdtf(year)}-${pad(month)}-${pad(day)}`
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
