import { dayEdtf, NO_SUCH_DAY, pad, type WrittenDate, yearEdtf } from './date-parts'
import { readNamedDate } from './named-dates'
import { fold, type Single } from './phrase-words'

/**
 * "67 BC", "44 av. J.-C.", "AD 632": a year before or in the common era, read to EDTF's astronomical
 * years (1 BC is year 0, 67 BC year -66); "11 H/632 M", "1445 هـ / 2023 م": a Hijri date beside its
 * Gregorian, the Gregorian read. Null when the text has neither mark.
 */
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
export function readCalendars(text: string, single: Single): WrittenDate | null {
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
      reason: { code: 'hijriAlone' },
    }
  const before = BEFORE_CHRIST.has(mark)
  if (!before && !ANNO_DOMINI.has(mark)) return null
  const read = readLiteral(head, single)
  if (!read.ok) return read
  const year = Number(read.edtf.slice(0, 4))
  if (read.edtf.startsWith('-') || !Number.isInteger(year) || year < 1)
    return { ok: false, reason: { code: 'noYearZero' } }
  // Astronomical years, as EDTF counts them: 1 BC is year 0, 67 BC year -66.
  return {
    ok: true,
    edtf: before ? `${yearEdtf(1 - year)}${read.edtf.slice(4)}` : read.edtf,
    form: 'era',
    twoDigitYear: false,
  }
}
