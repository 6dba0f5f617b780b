import { parseEdtf } from '../../dates/parse-edtf'
import type { WrittenDate } from './date-parts'

/** Reads one end of a range, as a phrase of its own (one level deeper). */
type ReadEnd = (text: string) => WrittenDate

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
export function readRange(text: string, readEnd: ReadEnd): WrittenDate | null {
  const body = text.replace(OPENINGS, '')
  const sides = splitRange(body)
  if (!sides) return null
  const [left, right] = sides
  const end = readEnd(right)
  if (!end.ok) return null
  // 1939–45: the end's century is the start's.
  const shortEnd = /^\d{4}$/.test(left) && /^\d{2}$/.test(right) ? `${left.slice(0, 2)}${right}` : null
  const endEdtf = shortEnd ?? end.edtf
  const rightWords = right.split(' ')
  const start = [left, `${left} ${rightWords.at(-1)}`, `${left} ${rightWords.slice(1).join(' ')}`]
    .map(readEnd)
    .find((reading) => reading.ok)
  if (!start?.ok || start.edtf.includes('/') || endEdtf.includes('/')) return null
  if (start.edtf === endEdtf) return { ...start, form: 'range' }
  const edtf = `${start.edtf}/${endEdtf}`
  const checked = parseEdtf(edtf)
  return checked.ok
    ? { ok: true, edtf, form: 'range', twoDigitYear: start.twoDigitYear || end.twoDigitYear }
    : { ok: false, reason: { code: 'rangeEnd', found: text } }
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
