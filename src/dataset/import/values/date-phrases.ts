import { parseEdtf } from '../../dates/parse-edtf'
import { readNamedDate } from './named-dates'
import { dayEdtf, fullYear, NO_SUCH_DAY, pad, type WrittenDate, yearEdtf } from './date-parts'

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
type Single = (text: string) => WrittenDate

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
    readRange(text, single, today, depth) ??
    plain
  )
}

/** Lower case, no accents: how the words of a phrase are compared. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

// Era and calendar marks, written without dots, spaces or hyphens ("B.C." as bc, "av. J.-C." as avjc).
const BEFORE_CHRIST: ReadonlySet<string> = new Set(['bc', 'bce', 'avjc', 'ac', 'aec', 'vchr', 'vuz', 'донэ'])
const ANNO_DOMINI: ReadonlySet<string> = new Set(['ad', 'ce', 'apjc', 'dc', 'nchr', 'nuz', 'нэ'])
const HIJRI: ReadonlySet<string> = new Set(['h', 'ah', 'ه', 'هـ', 'hijri'])
const GREGORIAN: ReadonlySet<string> = new Set(['m', 'ad', 'ce', 'g', 'م'])

/** A text's date and the mark written after it ("67 BC") or before it ("AD 632"), folded. */
function markOf(text: string): { head: string; mark: string } {
  let last = -1
  let first = -1
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code >= 48 && code <= 57) {
      if (first === -1) first = at
      last = at
    }
  }
  const squeeze = (part: string) => fold(part).replace(/[\s.\-\u0640]+/g, '')
  const after = squeeze(text.slice(last + 1))
  if (after !== '') return { head: text.slice(0, last + 1).trim(), mark: after }
  return { head: text.slice(first).trim(), mark: squeeze(text.slice(0, first)) }
}

/**
 * A year, or a day or month with a month's name, with its year as written (44 is the year 44, not
 * 2044: this is read before an era's mark); an ISO date too.
 */
function readLiteral(text: string, single: Single): WrittenDate {
  if (/^\d{1,4}$/.test(text))
    return { ok: true, edtf: pad(Number(text), 4), form: 'era', twoDigitYear: false }
  const named = readNamedDate(text, true)
  if (named?.ok) {
    const edtf =
      named.day === undefined
        ? `${pad(named.year, 4)}-${pad(named.month)}`
        : dayEdtf(named.year, named.month, named.day)
    return edtf ? { ok: true, edtf, form: 'era', twoDigitYear: false } : { ok: false, reason: NO_SUCH_DAY }
  }
  return single(text)
}

/** "67 BC", "AD 632", "11 H/632 M": an era's mark, or a Hijri date beside its Gregorian. */
function readCalendars(text: string, single: Single): WrittenDate | null {
  const slash = text.indexOf('/')
  if (slash !== -1 && slash === text.lastIndexOf('/')) {
    const sides = [markOf(text.slice(0, slash)), markOf(text.slice(slash + 1))]
    const gregorian = sides.find((side) => GREGORIAN.has(side.mark))
    if (gregorian && sides.some((side) => HIJRI.has(side.mark))) {
      const read = readLiteral(gregorian.head, single)
      return read.ok ? { ...read, form: 'double-calendar' } : read
    }
  }
  const { head, mark } = markOf(text)
  if (HIJRI.has(mark))
    return {
      ok: false,
      reason: 'a Gregorian date (a Hijri date alone is not read: write the Gregorian beside it)',
    }
  const before = BEFORE_CHRIST.has(mark)
  if (!before && !ANNO_DOMINI.has(mark)) return null
  const read = readLiteral(head, single)
  if (!read.ok) return read
  const year = Number(read.edtf.slice(0, 4))
  if (read.edtf.startsWith('-') || !Number.isInteger(year) || year < 1)
    return { ok: false, reason: 'a year from 1 BC or AD on (there is no year 0 in either)' }
  // Astronomical years, as EDTF counts them: 1 BC is year 0, 67 BC year -66.
  return {
    ok: true,
    edtf: before ? `${yearEdtf(1 - year)}${read.edtf.slice(4)}` : read.edtf,
    form: 'era',
    twoDigitYear: false,
  }
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

// Words that may stand around a decade or century and say nothing of it.
const DECADE_WORDS: ReadonlySet<string> = new Set(
  'the in les los las the gli os as de des del der die den annees anos anni decada decade decennie jahre jahren years'.split(
    ' ',
  ),
)
const CENTURY_WORDS: ReadonlySet<string> = new Set(
  'century siecle siglo secolo seculo jahrhundert век века столетие сторіччя століття'.split(' '),
)

/** "1990s", "the '90s", "années 1990", "1990er Jahre" → 199X; "19th century", "XIXe siècle" → 18XX. */
function readDecade(text: string, today: Date): WrittenDate | null {
  const words = fold(text)
    .split(/\s+/)
    .filter((word) => !DECADE_WORDS.has(word))
  const century = words.find((word) => CENTURY_WORDS.has(word))
  if (century !== undefined) {
    const others = words.filter((word) => word !== century && !['the', 'le', 'el', 'il', 'o'].includes(word))
    const number = others.length === 1 ? centuryNumber(others[0] ?? '') : null
    if (number === null || number < 11 || number > 21) return null
    return { ok: true, edtf: `${pad(number - 1)}XX`, form: 'decade', twoDigitYear: false }
  }
  if (words.length !== 1) return null
  const match = /^'?(\d{2}|\d{4})(?:'?s|er)?$/.exec(words[0] ?? '')
  const digits = match?.[1] ?? ''
  // A decade is a year ending in 0, written with its "s" ("1990s") or after a decade word (années 1990).
  const named = text.length > (words[0]?.length ?? 0) || /s$|er$/.test(words[0] ?? '')
  if (!match || !digits.endsWith('0') || !named) return null
  const year = digits.length === 2 ? fullYear(Number(digits), today) : Number(digits)
  if (year < 1000) return null
  return { ok: true, edtf: `${String(year).slice(0, 3)}X`, form: 'decade', twoDigitYear: digits.length === 2 }
}

const ROMAN: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50 }

// "19th", "19e", "19.", "xix", "xixe", "XIX" as a number; null for anything else.
function centuryNumber(word: string): number | null {
  const arabic = /^(\d{1,2})(?:st|nd|rd|th|e|eme|er|\.|-?й|-?го)?$/.exec(word)
  if (arabic) return Number(arabic[1])
  const roman = /^([ivxl]{1,7})(?:e|eme)?$/.exec(word)?.[1]
  if (!roman) return null
  let total = 0
  for (let at = 0; at < roman.length; at++) {
    const value = ROMAN[roman.charAt(at)] ?? 0
    const next = ROMAN[roman.charAt(at + 1)] ?? 0
    total += value < next ? -value : value
  }
  return total
}

// Words for the first, middle and last part of a year or month, longest first where one begins another.
const PARTS: ReadonlyArray<[string, 0 | 1 | 2]> = [
  ...'the beginning of|the start of|beginning of|start of|early|au debut de|au debut d|debut de|debut d|debut|a principios de|principios de|a comienzos de|comienzos de|inicios de|a inicios de|anfang|beginn|all inizio del|all inizio di|inizio del|inizio di|inizio|no inicio de|inicio de|no comeco de|comeco de|в начале|начало|на початку|початок'
    .split('|')
    .map((word): [string, 0] => [word, 0]),
  ...'the middle of|middle of|mid|au milieu de|milieu de|mi|a mediados de|mediados de|mitte|a meta|meta|em meados de|meados de|в середине|середина|в середині'
    .split('|')
    .map((word): [string, 1] => [word, 1]),
  ...'the end of|end of|late|a la fin de|a la fin d|fin de|fin d|fin|a finales de|finales de|a fines de|fines de|ende|alla fine del|alla fine di|fine del|fine di|fine|no final de|final de|no fim de|fim de|в конце|конец|наприкінці|кінець'
    .split('|')
    .map((word): [string, 2] => [word, 2]),
]
const MONTH_THIRDS = [
  ['01', '04'],
  ['05', '08'],
  ['09', '12'],
] as const

/**
 * "early 2020" → one of January–April 2020, "mid-2020" May–August, "fin 2024" September–December;
 * "early March 2023" → one of 1–10 March, 11–20, 21 to the month's end. A set of months (or days),
 * not an interval: the event happened in one of them, not over all of them.
 */
function readPartOf(text: string, single: Single): WrittenDate | null {
  const folded = fold(text)
  const part = PARTS.find(([word]) => {
    if (!folded.startsWith(word)) return false
    const next = folded.charAt(word.length)
    return next === ' ' || next === '-' || next === "'"
  })
  if (!part) return null
  const [word, third] = part
  const rest = text
    .slice(word.length)
    .replace(/^[\s'-]+/, '')
    .replace(/^(?:of|the|de|del|des|d'|du)\s+/i, '')
  const inner = single(rest)
  if (!inner.ok) return null
  if (/^\d{4}$/.test(inner.edtf)) {
    const [from, to] = MONTH_THIRDS[third]
    return {
      ok: true,
      edtf: `[${inner.edtf}-${from}..${inner.edtf}-${to}]`,
      form: 'part-of-year',
      twoDigitYear: inner.twoDigitYear,
    }
  }
  if (/^\d{4}-\d{2}$/.test(inner.edtf)) {
    const [year, month] = inner.edtf.split('-').map(Number)
    const last = new Date(Date.UTC(year ?? 0, month ?? 0, 0)).getUTCDate()
    const [from, to] = [
      [1, 10],
      [11, 20],
      [21, last],
    ][third] ?? [1, last]
    return {
      ok: true,
      edtf: `[${inner.edtf}-${pad(from ?? 1)}..${inner.edtf}-${pad(to ?? last)}]`,
      form: 'part-of-year',
      twoDigitYear: inner.twoDigitYear,
    }
  }
  return null
}

// What stands between a range's ends, and before its start ("from … to …", "du … au …").
const SEPARATORS = [
  ' – ',
  '–',
  ' — ',
  '—',
  ' - ',
  ' to ',
  ' until ',
  ' till ',
  ' through ',
  ' and ',
  ' au ',
  ' al ',
  ' a ',
  ' bis ',
  ' et ',
  ' y ',
  ' e ',
  ' à ',
  ' до ',
  ' по ',
]
const OPENINGS = /^(?:from|between|du|del|de|vom|von|entre|dal|dall'|с|від|з)\s+/i

/** "March–April 2003", "3–5 March 2003", "1939–45", "1910-1945": each end read, the first completed by the second. */
function readRange(text: string, single: Single, today: Date, depth: number): WrittenDate | null {
  const body = text.replace(OPENINGS, '')
  const sides = splitRange(body)
  if (!sides) return null
  const [left, right] = sides
  const end = readDatePhrase(right, single, today, depth + 1)
  if (!end.ok) return null
  // 1939–45: the end's century is the start's.
  const shortEnd = /^\d{4}$/.test(left) && /^\d{2}$/.test(right) ? `${left.slice(0, 2)}${right}` : null
  const endEdtf = shortEnd ?? end.edtf
  const rightWords = right.split(' ')
  const start = [left, `${left} ${rightWords.at(-1)}`, `${left} ${rightWords.slice(1).join(' ')}`]
    .map((candidate) => readDatePhrase(candidate, single, today, depth + 1))
    .find((reading) => reading.ok)
  if (!start?.ok || start.edtf.includes('/') || endEdtf.includes('/')) return null
  if (start.edtf === endEdtf) return { ...start, form: 'range' }
  const edtf = `${start.edtf}/${endEdtf}`
  const checked = parseEdtf(edtf)
  return checked.ok
    ? { ok: true, edtf, form: 'range', twoDigitYear: start.twoDigitYear || end.twoDigitYear }
    : { ok: false, reason: `a range whose end comes after its start (found ${text})` }
}

/** A range's two ends, split at its one separator; a bare hyphen only where it cannot be a date's own. */
function splitRange(text: string): [string, string] | null {
  for (const separator of SEPARATORS) {
    const at = text.indexOf(separator)
    if (at <= 0 || text.indexOf(separator, at + 1) !== -1) continue
    const left = text.slice(0, at).trim()
    const right = text.slice(at + separator.length).trim()
    return left && right ? [left, right] : null
  }
  const hyphen = text.indexOf('-')
  if (hyphen <= 0 || text.indexOf('-', hyphen + 1) !== -1) return null
  const left = text.slice(0, hyphen).trim()
  const right = text.slice(hyphen + 1).trim()
  const letters = /\p{L}/u
  const bothNamed = letters.test(left) && letters.test(right)
  const years = /^\d{4}$/.test(left) && /^(?:\d{2}|\d{4})$/.test(right)
  const days = /^\d{1,2}$/.test(left) && /^\d{1,2} \p{L}/u.test(right)
  return bothNamed || years || days ? [left, right] : null
}
