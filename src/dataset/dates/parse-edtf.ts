import edtf, { type EdtfNode, parse } from 'edtf'
import { parseCommonForm } from './common-forms'
import { MONTHS, timeLabel } from './date-labels'

/**
 * A parsed EDTF (ISO 8601-2) date: what the dataset says, the span of time it may cover, and how to
 * show it. All instants are UTC milliseconds; an open or unknown end is -Infinity / +Infinity.
 */
export type StoryDate = {
  edtf: string
  /** What shape of date this is: drawn as a point, or as a range. */
  shape: 'point' | 'range'
  /** The most precise unit the date states, for the start (or only) part. */
  precision: DatePrecision
  /** First and last instants the date can denote. */
  earliest: number
  latest: number
  /** A finite instant to place and sort the date by: its earliest known instant. */
  anchor: number
  uncertain: boolean
  approximate: boolean
  label: string
}

export type DatePrecision = 'millennium' | 'century' | 'decade' | 'year' | 'season' | 'month' | 'day' | 'time'

export type EdtfResult = { ok: true; date: StoryDate } | { ok: false; reason: string }

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

/** Parses an EDTF string; never throws. The reason of a failure is written for a person. */
export function parseEdtf(input: string): EdtfResult {
  const cached = cache.get(input)
  if (cached) return cached
  const result = parseUncached(input)
  remember(input, result)
  return result
}

/**
 * The date of a dataset that has been validated: a date that does not parse here is a bug in this
 * code, not bad data, and throws.
 */
export function parseCheckedDate(input: string): StoryDate {
  const result = parseEdtf(input)
  if (!result.ok) throw new Error(`An unchecked date got past validation: ${input}`)
  return result.date
}

// Validation and indexing both read every date; a dataset repeats many. Bounded, so that opening one
// huge dataset after another does not grow it for ever.
const cache = new Map<string, EdtfResult>()
const CACHE_LIMIT = 250_000

function remember(input: string, result: EdtfResult): void {
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(input, result)
}

function parseUncached(input: string): EdtfResult {
  const text = input.trim()
  if (text !== input || text === '') {
    return { ok: false, reason: 'an EDTF date without surrounding spaces, such as 2023-08-15' }
  }
  return parseCommonForm(text) ?? parseWithLibrary(text)
}

/**
 * Any EDTF date, read by edtf.js's general grammar: the reference the common forms' fast path
 * (edtf-common-forms.ts) is held to by a test. Slow: ~0.2 ms a date.
 */
export function parseWithLibrary(text: string): EdtfResult {
  const parsed = libraryParse(text)
  if ('reason' in parsed) return { ok: false, reason: parsed.reason }
  const { node, min, max } = parsed
  // An interval with an unknown end (empty) leaves that bound as null in edtf.js.
  const earliest = Number.isFinite(min) ? min : -Infinity
  const latest = max === null || !Number.isFinite(max) ? Infinity : max
  if (!Number.isFinite(earliest) && !Number.isFinite(latest)) {
    return { ok: false, reason: 'a date with at least one known end' }
  }
  const anchor = Number.isFinite(earliest) ? earliest : startOfLastUnit(node, latest)
  return {
    ok: true,
    date: {
      edtf: text,
      shape: node.type === 'Interval' ? 'range' : 'point',
      precision: precisionOf(node),
      earliest,
      latest,
      anchor,
      uncertain: hasQualifier(node, 'uncertain'),
      approximate: hasQualifier(node, 'approximate'),
      label: formatNode(node),
    },
  }
}

function libraryParse(text: string): { node: EdtfNode; min: number; max: number } | { reason: string } {
  try {
    const node = parse(text)
    // edtf.js takes 29 February in any year (as 1 March): a day the calendar lacks is refused here.
    if (!daysExist(node))
      return { reason: 'a calendar date that exists (month 01–12, a day that the month has)' }
    const value = edtf(text)
    return { node, min: value.min, max: value.max }
  } catch (error) {
    return { reason: explainFailure(text, error) }
  }
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
  return node.values.every((value) => !isNode(value) || daysExist(value))
}

/** Orders dates by their anchor, then the shorter (more precise) first. */
export function compareStoryDates(a: StoryDate, b: StoryDate): number {
  return a.anchor - b.anchor || finiteEnd(a) - finiteEnd(b)
}

/** The last finite instant of a date, for drawing: open ends stop at the anchor. */
export function finiteEnd(date: StoryDate): number {
  return Number.isFinite(date.latest) ? date.latest : date.anchor
}

function explainFailure(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  if (message.includes('invalid upper bound') || message.includes('invalid lower bound')) {
    return 'an interval whose end comes after its start'
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) || /^\d{4}-\d{2}$/.test(text)) {
    return 'a calendar date that exists (month 01–12, a day that the month has)'
  }
  return 'an EDTF date such as 2023-08-15, 2023-07, 2022, 1910/1945, 1945~ or [..2023-08-15]'
}

function hasQualifier(node: EdtfNode, key: 'uncertain' | 'approximate'): boolean {
  if (node[key]) return true
  return node.values.some((value) => isNode(value) && hasQualifier(value, key))
}

function isNode(value: number | EdtfNode | null | undefined): value is EdtfNode {
  return typeof value === 'object' && value !== null
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
      const first = node.values.find(isNode)
      return first ? precisionOf(first) : 'year'
    }
  }
}

// For "[..2023-08-15]" the earliest instant is unknown; place it at the start of its known day.
function startOfLastUnit(node: EdtfNode, latest: number): number {
  const last = [...node.values].reverse().find(isNode)
  return (last && startOfDate(last)) ?? latest
}

// The first instant of a plain date (year, month, day: any time is ignored), as edtf.js reads
// "YYYY-MM-DD"; computed here because calling edtf.js for it cost ~20 µs a date.
function startOfDate(node: EdtfNode): number | null {
  if (node.type !== 'Date') return null
  const [year, month, day] = node.values
  if (typeof year !== 'number' || year < 0 || year > 9999) return null
  const date = new Date(0)
  date.setUTCFullYear(year, typeof month === 'number' ? month : 0, typeof day === 'number' ? day : 1)
  return date.getTime()
}

function formatNode(node: EdtfNode): string {
  switch (node.type) {
    case 'Interval':
      return formatInterval(node)
    case 'Set':
    case 'List':
      return formatChoice(node)
    default:
      return qualify(formatSingle(node), node)
  }
}

function qualify(text: string, node: EdtfNode): string {
  const approximate = hasQualifier(node, 'approximate')
  const uncertain = hasQualifier(node, 'uncertain')
  const prefix = approximate ? 'c. ' : ''
  const suffix = uncertain ? ' (uncertain)' : ''
  return `${prefix}${text}${suffix}`
}

function formatSingle(node: EdtfNode): string {
  const [first, second, third, hour, minute] = node.values.map((value) =>
    typeof value === 'number' ? value : 0,
  )
  const year = formatYear(first ?? 0)
  switch (node.type) {
    case 'Century':
      return `${ordinal((first ?? 0) + 1)} century`
    case 'Decade':
      return `${(first ?? 0) * 10}s`
    case 'Year':
      return year
    case 'Season':
      return `${SEASONS[second ?? 0] ?? 'Season'} ${year}`
    default:
      break
  }
  if (node.unspecified) return describeUnspecified(node)
  const parts = node.values.length
  if (parts === 1) return year
  const month = MONTHS[second ?? 0] ?? ''
  if (parts === 2) return `${month} ${year}`
  const day = `${third} ${month} ${year}`
  if (parts === 3) return day
  return `${day}, ${timeLabel(hour ?? 0, minute ?? 0, node.values[5], node.offset)}`
}

function formatYear(year: number): string {
  return year < 0 ? `${-year + 1} BCE` : String(year)
}

function ordinal(n: number): string {
  const tens = n % 100
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

// "19XX", "2023-XX": say which part is not specified rather than invent a precision.
function describeUnspecified(node: EdtfNode): string {
  const [year, month] = node.values
  const unspecified = node.unspecified ?? 0
  const yearDigitsUnknown = unspecified & 0b1111
  if (yearDigitsUnknown) {
    const known = String(year).slice(0, 4 - countBits(yearDigitsUnknown))
    return `some year ${known}${'X'.repeat(countBits(yearDigitsUnknown))}`
  }
  if (unspecified & 0b110000) return `${formatYear(Number(year))}, month unspecified`
  return `${MONTHS[Number(month)] ?? ''} ${formatYear(Number(year))}, day unspecified`
}

function countBits(n: number): number {
  let count = 0
  for (let rest = n; rest; rest >>= 1) count += rest & 1
  return count
}

function formatInterval(node: EdtfNode): string {
  const [start, end] = node.values
  const startText = isNode(start) ? formatNode(start) : null
  const endText = isNode(end) ? formatNode(end) : null
  const startOpen = start === Infinity || start === -Infinity
  const endOpen = end === Infinity || end === -Infinity
  if (isNode(start) && isNode(end)) {
    const compact = compactSameYear(start, end)
    if (compact) return compact
  }
  if (startText && endText) {
    const spaced = startText.includes(' ') || endText.includes(' ')
    return spaced ? `${startText} – ${endText}` : `${startText}–${endText}`
  }
  if (startText) return endOpen ? `${startText} onwards` : `from ${startText} (end unknown)`
  if (endText) return startOpen ? `until ${endText}` : `until ${endText} (start unknown)`
  return 'unknown'
}

// "July–August 2023", "15–18 August 2023", "30 July – 2 August 2023": say the shared year once.
function compactSameYear(start: EdtfNode, end: EdtfNode): string | null {
  if (!isPlainDate(start) || !isPlainDate(end) || start.values.length !== end.values.length) return null
  const [startYear, startMonth, startDay] = start.values
  const [endYear, endMonth, endDay] = end.values
  if (startYear !== endYear || typeof startYear !== 'number') return null
  const year = formatYear(startYear)
  if (start.values.length === 2) return `${monthName(startMonth)}–${monthName(endMonth)} ${year}`
  if (start.values.length !== 3) return null
  if (startMonth === endMonth) return `${startDay}–${endDay} ${monthName(endMonth)} ${year}`
  return `${startDay} ${monthName(startMonth)} – ${endDay} ${monthName(endMonth)} ${year}`
}

function isPlainDate(node: EdtfNode): boolean {
  return (
    node.type === 'Date' &&
    !node.unspecified &&
    !hasQualifier(node, 'uncertain') &&
    !hasQualifier(node, 'approximate')
  )
}

function monthName(month: unknown): string {
  return MONTHS[Number(month)] ?? ''
}

function formatChoice(node: EdtfNode): string {
  const items = node.values.filter(isNode).map(formatNode)
  const joined = items.join(node.type === 'Set' ? ' or ' : ' and ')
  if (node.earlier) return `on or before ${joined}`
  if (node.later) return `on or after ${joined}`
  return node.type === 'Set' ? `one of ${joined}` : joined
}
