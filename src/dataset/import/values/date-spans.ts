import { fullYear, pad, type WrittenDate } from './date-parts'
import { fold, type Single } from './phrase-words'

/**
 * Spans a date is somewhere in: a decade or century ("1990s" → 199X, "XIXe siècle" → 18XX), a part of
 * a year or month ("early 2020" → one of January–April 2020). Null when the text is neither.
 */
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
export function readDecade(text: string, today: Date): WrittenDate | null {
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
export function readPartOf(text: string, single: Single): WrittenDate | null {
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
