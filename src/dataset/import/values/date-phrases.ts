import { parseEdtf } from '../../dates/parse-edtf'
import { readCalendars } from './date-calendars'
import type { WrittenDate } from './date-parts'
import { readRange } from './date-ranges'
import { readDecade, readPartOf } from './date-spans'
import { fold, type Single } from './phrase-words'

/**
 * Dates written as phrases around a plain date, each read to the EDTF that says what it says and no
 * more (see docs/decisions/guessing-columns.md for each choice):
 * - a range: "March–April 2003" → 2003-03/2003-04, "3–5 March 2003", "1939–45", "du 9 au 12 mars 2021";
 * - an approximate date: "c. 1850", "circa 1850", "vers 1850" → 1850~;
 * - a decade or century: "1990s", "années 90", "1990er" → 199X; "19th century", "XIXe siècle" → 18XX;
 * - a part of a year or month: "early 2020" → [2020-01..2020-04] (one of January–April 2020), "mid",
 *   "late", "fin 2024" → [2024-09..2024-12]; "Anfang März 2023" → one of 1–10 March;
 * - an era: "67 BC" → -0066 (astronomical years: 1 BC is year 0), "AD 632", "44 av. J.-C.";
 * - a double calendar: "11 H/632 M", "1445 هـ / 2023 م" → the Gregorian year, 0632.
 * `single` reads a plain date (written-dates.ts); every phrase is at most 80 characters.
 */

// Phrases within phrases ("c. March–April 2003") go two deep, no further.
const MOST_DEPTH = 2

export function readDatePhrase(text: string, single: Single, today: Date, depth = 0): WrittenDate {
  const plain = single(text)
  if (plain.ok || depth >= MOST_DEPTH) return plain
  // Every phrase but a century in Roman numerals ("XIXe siècle") has a digit.
  if (!/\d/.test(text)) return readDecade(text, today) ?? plain
  return (
    readCalendars(text, single) ??
    readApproximate(text, single, today, depth) ??
    readDecade(text, today) ??
    readPartOf(text, single) ??
    readRange(text, (end) => readDatePhrase(end, single, today, depth + 1)) ??
    plain
  )
}

// Words before a date that say it is approximate, longest first where one begins another.
const ABOUT = [
  'approximately',
  'approx',
  'around',
  'about',
  'roughly',
  'circa',
  'ca',
  'c',
  '~',
  'environ',
  'vers',
  'alrededor de',
  'aproximadamente',
  'aprox',
  'cerca de',
  'hacia',
  'en torno a',
  'etwa',
  'gegen',
  'um',
  'intorno al',
  'verso il',
  'около',
  'приблизно',
  'близько',
  'حوالي',
]

function readApproximate(text: string, single: Single, today: Date, depth: number): WrittenDate | null {
  const folded = fold(text)
  const word = ABOUT.find((about) => {
    if (!folded.startsWith(about)) return false
    const next = folded.charAt(about.length)
    return next === ' ' || next === '.' || (next >= '0' && next <= '9')
  })
  if (word === undefined) return null
  const rest = text.slice(word.length).replace(/^[.\s]+/, '')
  const inner = readDatePhrase(rest, single, today, depth + 1)
  if (!inner.ok) return inner
  // Each end of an interval approximate; an end already qualified, a decade or a time kept as it is.
  const approximate = inner.edtf
    .split('/')
    .map((side) => (/^-?\d{4}(?:-\d{2}){0,2}$/.test(side) ? `${side}~` : side))
    .join('/')
  return parseEdtf(approximate).ok
    ? { ok: true, edtf: approximate, form: 'approximate', twoDigitYear: inner.twoDigitYear }
    : { ...inner, form: 'approximate' }
}
