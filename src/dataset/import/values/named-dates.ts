import type { DateProblem } from '../../dates/date-problem'
import { monthKey, monthOfName } from './month-names'

/**
 * Dates written with a month's name, in any language of month-names.ts: "24 February 2022",
 * "24-Feb-22", "Feb 24, 2022", "February 2022", "9 mars 2021", "15 de agosto de 2023", "15. August
 * 2023", "1er mars 2021", "9 марта 2021 г.", "Tuesday, 15 August 2023". Read as words, not by one
 * pattern per language: the text is cut into words, the little words around dates dropped (de, of,
 * le, г.), and what is left must be a day, a month and a year in one of the orders people write.
 */

export type NamedDate =
  | {
      ok: true
      year: number
      month: number
      /** Undefined for a month and year ("February 2022"). */
      day?: number
      form: 'day-month-name' | 'month-name-day' | 'month-name-year'
      /** The year as written was two digits (24-Feb-22). */
      twoDigits: boolean
    }
  | { ok: false; reason: DateProblem }

// Words that stand between a date's parts, or before or after a date, and say nothing of it.
const LITTLE_WORDS: ReadonlySet<string> = new Set([
  'of',
  'the',
  'on',
  'de',
  'del',
  'le',
  'el',
  'il',
  'den',
  'der',
  'am',
  'em',
  'do',
  'da',
  'di',
  'г',
  'года',
  'року',
  'р',
  'roku',
  'r',
])

// Weekdays before a date ("Tuesday, 15 August 2023", "mardi 9 mars 2021"): dropped.
const WEEKDAYS: ReadonlySet<string> = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    'lunes martes miercoles jueves viernes sabado domingo ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonntag ' +
    'lunedi martedi mercoledi giovedi venerdi sabato domenica ' +
    'segunda terca quarta quinta sexta'
  ).split(' '),
)

const DIGITS = /^\d{1,4}$/
// A day's ordinal or abbreviation mark: 1st, 2nd, 3rd, 4th, 1er, 1re, 1º, 1°, 1ª, 15.
const ORDINAL = /^(\d{1,2})(?:st|nd|rd|th|er|re|e|º|°|ª|o|\.)$/

type Word = { number: number; digits: number } | { month: number } | { word: string; raw: string }

/**
 * A date with a month's name as its parts, or why not; null when the text holds no month's name.
 * `literalYears`: a year of one to four digits is that year (15 March 44, before "BC"), not a
 * two-digit year of this century or the last.
 */
export function readNamedDate(text: string, literalYears = false): NamedDate | null {
  const parts = wordsOf(text)
  if (parts === null) return null
  const unknown = parts.find((word) => 'word' in word)
  const months = parts.filter((word) => 'month' in word)
  if (months.length === 0) {
    // A word where a month's name would be: said as the month it could not be.
    return unknown && 'word' in unknown && parts.length === 3 && 'number' in (parts[0] ?? {})
      ? { ok: false, reason: { code: 'monthName', found: unknown.raw } }
      : null
  }
  if (unknown || months.length > 1 || parts.length < 2 || parts.length > 3) return null
  const [first, second, third] = parts
  const numberOf = (word: Word | undefined) => (word && 'number' in word ? word : undefined)
  const monthOf = (word: Word | undefined) => (word && 'month' in word ? word.month : undefined)
  const yearOf = (word: Word | undefined) => {
    const number = numberOf(word)
    if (!number) return undefined
    if (literalYears) return { year: number.number, twoDigits: false }
    return number.digits === 4 || number.digits === 2
      ? { year: number.number, twoDigits: number.digits === 2 }
      : undefined
  }
  const dayOf = (word: Word | undefined) => {
    const number = numberOf(word)
    return number && number.digits <= 2 ? number.number : undefined
  }
  // February 2022 · 24 February 2022 · February 24, 2022 · 2022 February 24
  if (parts.length === 2) {
    const month = monthOf(first)
    const year = yearOf(second)
    return month === undefined || !year ? null : { ok: true, month, ...year, form: 'month-name-year' }
  }
  const shapes = [
    { day: dayOf(first), month: monthOf(second), year: yearOf(third), form: 'day-month-name' },
    { day: dayOf(second), month: monthOf(first), year: yearOf(third), form: 'month-name-day' },
    {
      day: dayOf(third),
      month: monthOf(second),
      year: numberOf(first)?.digits === 4 ? yearOf(first) : undefined,
      form: 'day-month-name',
    },
  ] as const
  for (const { day, month, year, form } of shapes)
    if (day !== undefined && month !== undefined && year) return { ok: true, day, month, ...year, form }
  return null
}

/**
 * The text's words: numbers (a day's ordinal mark dropped), months, and other words (lower case, no
 * accents). Commas and hyphens separate words ("24-Feb-22", "Feb 24, 2022"). Null for a text with
 * too many words to be a date.
 */
function wordsOf(text: string): Word[] | null {
  const raw = text.split(/[\s,\-–]+/u).filter(Boolean)
  if (raw.length > 8) return null
  const words: Word[] = []
  for (let at = 0; at < raw.length; at++) {
    const word = raw[at] ?? ''
    if (DIGITS.test(word)) {
      words.push({ number: Number(word), digits: word.length })
      continue
    }
    const ordinal = ORDINAL.exec(word)
    if (ordinal) {
      words.push({ number: Number(ordinal[1]), digits: ordinal[1]?.length ?? 0 })
      continue
    }
    // Arabic's two-word month names ("كانون الثاني").
    const pair = at + 1 < raw.length ? monthOfName(`${word} ${raw[at + 1]}`) : undefined
    if (pair !== undefined) {
      words.push({ month: pair })
      at++
      continue
    }
    const month = monthOfName(word)
    if (month !== undefined) {
      words.push({ month })
      continue
    }
    const key = monthKey(word)
    if (WEEKDAYS.has(key) || LITTLE_WORDS.has(key)) continue
    words.push({ word: key, raw: word })
  }
  return words
}
