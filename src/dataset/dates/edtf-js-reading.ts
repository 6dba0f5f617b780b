import edtf, { List as EdtfList, type EdtfNode, Set as EdtfSet, parse } from 'edtf'
import {
  calendarLabel,
  choiceLabel,
  halfOpenLabel,
  intervalLabel,
  type LabelPart,
  MONTHS,
  qualifiedLabel,
  timeLabel,
  yearLabel,
} from './date-labels'
import { type DatePrecision, type EdtfProblem, type EdtfResult, OUTSIDE_SUPPORTED_YEARS } from './story-date'

// edtf.js checks a list's type against its class's name (List, Set), which the production build's
// minifier renames: every {…} and […] date was refused in the built app while the checker and the
// unit tests took them. The names are set back here, wherever the code is bundled.
Object.defineProperty(EdtfList, 'name', { value: 'List' })
Object.defineProperty(EdtfSet, 'name', { value: 'Set' })

const SEASONS: Record<number, string> = {
  21: 'Spring',
  22: 'Summer',
  23: 'Autumn',
  24: 'Winter',
  25: 'Spring (Northern Hemisphere)',
  26: 'Summer (Northern Hemisphere)',
  27: 'Autumn (Northern Hemisphere)',
  28: 'Winter (Northern Hemisphere)',
  29: 'Spring (Southern Hemisphere)',
  30: 'Summer (Southern Hemisphere)',
  31: 'Autumn (Southern Hemisphere)',
  32: 'Winter (Southern Hemisphere)',
  33: 'First quarter',
  34: 'Second quarter',
  35: 'Third quarter',
  36: 'Fourth quarter',
  37: 'First third',
  38: 'Second third',
  39: 'Third third',
  40: 'First half',
  41: 'Second half',
}

/**
 * Any EDTF date, read by edtf.js's general grammar: the reference the common forms' fast path
 * (common-forms.ts) is held to by a test. Slow: ~0.2 ms a date.
 */
export function parseWithLibrary(text: string): EdtfResult {
  const parsed = libraryParse(text)
  if ('reason' in parsed) return { ok: false, reason: parsed.reason }
  const { node } = parsed
  const { min, max } = spanOfSignificant(node) ?? parsed
  // Past ±275,760 years a JavaScript date is no date at all.
  if (Number.isNaN(min) || Number.isNaN(max)) return OUTSIDE_SUPPORTED_YEARS
  // An interval with an unknown end (empty) leaves that bound as null in edtf.js.
  const earliest = Number.isFinite(min) ? min : -Infinity
  const latest = max === null || !Number.isFinite(max) ? Infinity : max
  if (!Number.isFinite(earliest) && !Number.isFinite(latest)) {
    return { ok: false, reason: 'noKnownEnd' }
  }
  const anchor = Number.isFinite(earliest) ? earliest : startOfLastUnit(node, latest)
  return {
    ok: true,
    date: {
      edtf: text,
      // A date with unknown digits, or known to some significant digits, may be anywhere in its span.
      shape: node.type === 'Interval' || node.unspecified || node.significant ? 'range' : 'point',
      precision: precisionOf(node),
      earliest,
      latest,
      anchor,
      uncertain: hasQualifier(node, 'uncertain'),
      approximate: hasQualifier(node, 'approximate'),
      label: labelOf(node),
    },
  }
}

// edtf.js reads a fraction of a second's digits as milliseconds ("15.5" as 15.005 s): the fraction is
// given to it as milliseconds, three digits, what a JavaScript date holds (finer digits cannot be kept).
const FRACTION = /(T\d{2}:\d{2}:\d{2})\.(\d{1,9})/g
const asMilliseconds = (text: string) =>
  text.replace(FRACTION, (_, time: string, digits: string) => `${time}.${`${digits}00`.slice(0, 3)}`)

function libraryParse(
  written: string,
): { node: EdtfNode; min: number; max: number } | { reason: EdtfProblem } {
  const text = asMilliseconds(written)
  try {
    const node = parse(text)
    // edtf.js takes 29 February in any year (as 1 March): a day the calendar lacks is refused here.
    if (!daysExist(node)) return { reason: 'noSuchDay' }
    if (node.type === 'Set' || node.type === 'List') return { node, ...spanOfChoice(node) }
    const value = edtf(text)
    return { node, min: value.min, max: value.max }
  } catch (error) {
    return { reason: explainFailure(written, error) }
  }
}

function spanOfSignificant(node: EdtfNode): { min: number; max: number } | null {
  const range = significantYears(node)
  if (!range) return null
  const start = new Date(0)
  start.setUTCFullYear(range.first, 0, 1)
  const end = new Date(0)
  end.setUTCFullYear(range.last + 1, 0, 1)
  return { min: start.getTime(), max: end.getTime() - 1 }
}

function daysExist(node: EdtfNode): boolean {
  if (node.type === 'Date' && node.values.length >= 3 && !node.unspecified) {
    const [year, month, day] = node.values
    if (typeof year === 'number' && typeof month === 'number' && typeof day === 'number') {
      const date = new Date(0)
      date.setUTCFullYear(year, month, day)
      if (date.getUTCDate() !== day) return false
    }
  }
  return children(node).every(daysExist)
}

/**
 * The time a set or list may cover: from its earliest member's start to its latest member's end, its
 * ranges ("1670..1672") whole; open ("[..1760]") where it reaches before or after. edtf.js's own span
 * of a set stops at the start of a range's last member (1670..1672 ended with 1670).
 */
function spanOfChoice(node: EdtfNode): { min: number; max: number } {
  let min = Number.POSITIVE_INFINITY
  let max = Number.NEGATIVE_INFINITY
  for (const member of node.values) {
    const [first, last] = Array.isArray(member) ? member : [member, member]
    if (!isNode(first) || !isNode(last)) continue
    min = Math.min(min, edtf(first).min)
    max = Math.max(max, edtf(last).max)
  }
  return {
    min: node.earlier ? Number.NEGATIVE_INFINITY : min,
    max: node.later ? Number.POSITIVE_INFINITY : max,
  }
}

/** The dates a node is made of: an interval's ends, a set's members (a range's two ends). */
function children(node: EdtfNode): EdtfNode[] {
  return node.values.flatMap((value) => (Array.isArray(value) ? value : isNode(value) ? [value] : []))
}

function explainFailure(text: string, error: unknown): EdtfProblem {
  const message = error instanceof Error ? error.message : String(error)
  if (message.includes('invalid upper bound') || message.includes('invalid lower bound'))
    return 'endBeforeStart'
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) || /^\d{4}-\d{2}$/.test(text)) return 'noSuchDay'
  return 'notEdtf'
}

function hasQualifier(node: EdtfNode, key: 'uncertain' | 'approximate'): boolean {
  if (node[key]) return true
  return children(node).some((child) => hasQualifier(child, key))
}

function isNode(value: EdtfNode['values'][number] | undefined): value is EdtfNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function precisionOf(node: EdtfNode): DatePrecision {
  switch (node.type) {
    case 'Century':
      return 'century'
    case 'Decade':
      return 'decade'
    case 'Year':
      return 'year'
    case 'Season':
      return 'season'
    case 'Date': {
      const parts = node.values.length
      return parts >= 4 ? 'time' : parts === 3 ? 'day' : parts === 2 ? 'month' : 'year'
    }
    default: {
      const [first] = children(node)
      return first ? precisionOf(first) : 'year'
    }
  }
}

// For "[..2023-08-15]" the earliest instant is unknown; place it at the start of its known day.
function startOfLastUnit(node: EdtfNode, latest: number): number {
  const last = children(node).at(-1)
  return (last && startOfDate(last)) ?? latest
}

// The first instant of a plain date (year, month, day: any time is ignored), as edtf.js reads
// "YYYY-MM-DD"; computed here because calling edtf.js for it was slow (docs/decisions/fast-checks.md).
function startOfDate(node: EdtfNode): number | null {
  if (node.type !== 'Date') return null
  const [year, month, day] = node.values
  if (typeof year !== 'number' || year < 0 || year > 9999) return null
  const date = new Date(0)
  date.setUTCFullYear(year, typeof month === 'number' ? month : 0, typeof day === 'number' ? day : 1)
  return date.getTime()
}

function labelOf(node: EdtfNode): string {
  switch (node.type) {
    case 'Interval':
      return intervalOf(node)
    case 'Set':
    case 'List':
      return choiceLabel(
        node.values.flatMap(memberLabel),
        node.type === 'Set' ? 'one-of' : 'all-of',
        node.earlier ? 'on-or-before' : node.later ? 'on-or-after' : null,
      )
    default:
      return qualifiedLabel(singleLabel(node), {
        approximate: hasQualifier(node, 'approximate'),
        uncertain: hasQualifier(node, 'uncertain'),
      })
  }
}

// A set's or list's member: a date, or a range of dates ("1670–1672", "15–17 August 2023").
function memberLabel(member: EdtfNode['values'][number]): string[] {
  if (Array.isArray(member)) return [intervalLabel(labelPart(member[0]), labelPart(member[1]))]
  return isNode(member) ? [labelOf(member)] : []
}

function singleLabel(node: EdtfNode): string {
  const [first, second, third, hour, minute] = node.values.map((value) =>
    typeof value === 'number' ? value : 0,
  )
  const year = first ?? 0
  switch (node.type) {
    case 'Century':
      return `${ordinal(year + 1)} century`
    case 'Decade':
      return `${year * 10}s`
    case 'Year': {
      const range = significantYears(node)
      if (range)
        return `some year ${yearLabel(range.first)}–${yearLabel(range.last)} (estimated ${yearLabel(year)})`
      return yearLabel(year)
    }
    case 'Season':
      return `${SEASONS[second ?? 0] ?? 'Season'} ${yearLabel(year)}`
    default:
      break
  }
  if (node.unspecified) return unspecifiedLabel(node)
  const parts = node.values.length
  const day = calendarLabel({
    year,
    month: parts >= 2 ? (second ?? 0) : -1,
    day: parts >= 3 ? (third ?? 0) : 0,
  })
  if (parts <= 3) return day
  return `${day}, ${timeLabel(hour ?? 0, minute ?? 0, node.values[5], node.offset)}`
}

function ordinal(n: number): string {
  const tens = n % 100
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

// "19XX", "2023-XX-15", "156X-12-25": say what is known and which part is not, rather than invent a
// precision. edtf.js marks unknown digits in a bit mask: the year's four digits (bits 0–3, the first
// digit lowest), the month's two (4–5), the day's two (6–7).
function unspecifiedLabel(node: EdtfNode): string {
  const [year = 0, month = 0, day = 0] = node.values.map((value) => (typeof value === 'number' ? value : 0))
  const mask = node.unspecified ?? 0
  const parts = node.values.length
  const years = unspecifiedYears(year, mask & 0b1111)
  // "of 2023", "in August 2023"; "July, some year 1900–1999".
  const yearKnown = (mask & 0b1111) === 0
  const monthKnown = parts >= 2 && (mask & 0b110000) === 0
  const dayKnown = parts >= 3 && (mask & 0b11000000) === 0
  const month_ = MONTHS[month] ?? ''
  if (parts === 1) return years
  if (parts === 2) {
    if (monthKnown) return `${month_}, ${years}`
    return yearKnown ? `some month of ${years}` : `some month, ${years}`
  }
  if (monthKnown && dayKnown) return `${day} ${month_}, ${years}`
  if (monthKnown) return yearKnown ? `some day in ${month_} ${years}` : `some day in ${month_}, ${years}`
  if (dayKnown) return `the ${ordinal(day)} of some month${yearKnown ? ' in ' : ', '}${years}`
  return yearKnown ? `some day in ${years}` : `some day, ${years}`
}

// "2023", "some year 1560–1569" (trailing digits unknown), "some year X023" (others).
function unspecifiedYears(year: number, digits: number): string {
  if (digits === 0) return yearLabel(year)
  const written = String(year).padStart(4, '0').split('')
  for (let digit = 0; digit < 4; digit += 1) if (digits & (1 << digit)) written[digit] = 'X'
  const pattern = written.join('')
  const trailing = /^[0-9]*X+$/.test(pattern)
  if (!trailing) return `some year ${pattern}`
  const first = Number(pattern.replaceAll('X', '0'))
  const last = Number(pattern.replaceAll('X', '9'))
  return `some year ${first}–${last}`
}

/**
 * "1950S2": a year known to two significant digits, some year from 1900 to 1999, estimated as 1950.
 * edtf.js reads it as 1950 alone; it may be any year of the range.
 */
function significantYears(node: EdtfNode): { first: number; last: number } | null {
  const [year] = node.values
  if (node.type !== 'Year' || !node.significant || typeof year !== 'number') return null
  const digits = String(Math.abs(year)).length
  const unit = 10 ** Math.max(0, digits - node.significant)
  const first = Math.floor(Math.abs(year) / unit) * unit * Math.sign(year || 1)
  return year < 0 ? { first: first - unit + 1, last: first } : { first, last: first + unit - 1 }
}

function intervalOf(node: EdtfNode): string {
  const [start, end] = node.values
  if (isNode(start) && isNode(end)) return intervalLabel(labelPart(start), labelPart(end))
  if (isNode(start)) return halfOpenLabel(labelOf(start), 'from', end === Infinity || end === -Infinity)
  if (isNode(end)) return halfOpenLabel(labelOf(end), 'until', start === Infinity || start === -Infinity)
  return 'unknown'
}

// A plain day, month or year (no qualifier, nothing unspecified) may share its year with the other end.
function labelPart(node: EdtfNode): LabelPart {
  const label = labelOf(node)
  const [year, month, day] = node.values
  const plain =
    node.type === 'Date' &&
    !node.unspecified &&
    node.values.length <= 3 &&
    typeof year === 'number' &&
    !hasQualifier(node, 'uncertain') &&
    !hasQualifier(node, 'approximate')
  if (!plain) return { label }
  return {
    label,
    plain: { year, month: typeof month === 'number' ? month : -1, day: typeof day === 'number' ? day : 0 },
  }
}
