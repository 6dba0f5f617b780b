import {
  calendarLabel,
  halfOpenLabel,
  intervalLabel,
  type LabelPart,
  qualifiedLabel,
  timeLabel,
} from './date-labels'
import type { DatePrecision, EdtfFailure, EdtfResult, StoryDate } from './story-date'

// The forms nearly every dataset writes, read straight into a StoryDate: 2023-08-15, 2023-07, 2022,
// each with ? ~ %; a date-time (2023-08-15T10:30:00Z, or with an offset); A/B intervals of the dates,
// and open or unknown ends (2020/.., ../2023, 2020/, /2023); [..X] and [X..] of an unqualified X.
// Scanned by hand, many times faster than edtf.js's general grammar (see
// docs/decisions/fast-checks.md). Years before 100
// (which Date.UTC would read as 19xx), seasons, unspecified digits and every other form are left to
// edtf.js (null). A property test holds the two paths to the same answers.

const DAY_MS = 86_400_000
type Failure = EdtfFailure

const NO_SUCH_DAY: Failure = { ok: false, reason: 'noSuchDay' }
const END_BEFORE_START: Failure = { ok: false, reason: 'endBeforeStart' }

/** One plain date of the common forms: a year, a month (0–11) or a day, maybe qualified. */
type SimpleDate = {
  year: number
  /** 0–11, or -1 for a year. */
  month: number
  /** 1–31, or 0 for a year or a month. */
  day: number
  uncertain: boolean
  approximate: boolean
  min: number
  max: number
}

/** The date if `text` is one of the common forms; a failure if it is one with an impossible day; else null. */
export function parseCommonForm(text: string): EdtfResult | null {
  const length = text.length
  if (text.charCodeAt(0) === 91 /* [ */) return parseSet(text)
  const slash = text.indexOf('/')
  if (slash === -1) {
    if (text.charCodeAt(10) === 84 /* T */) return dateTime(text)
    const date = simpleDate(text, 0, length)
    return date === null || 'reason' in date ? date : { ok: true, date: single(text, date) }
  }
  if (text.indexOf('/', slash + 1) !== -1) return null
  const startText = slash === 0 ? '' : text.slice(0, slash) === '..' ? '..' : null
  const endText = slash === length - 1 ? '' : text.slice(slash + 1) === '..' ? '..' : null
  if (startText !== null || endText !== null) return halfOpen(text, slash, startText, endText)
  const start = simpleDate(text, 0, slash)
  const end = simpleDate(text, slash + 1, length)
  if (start === null || end === null) return null
  if ('reason' in start) return start
  if ('reason' in end) return end
  if (end.min <= start.min) return END_BEFORE_START
  return {
    ok: true,
    date: {
      edtf: text,
      shape: 'range',
      precision: precisionOf(start),
      earliest: start.min,
      latest: end.max,
      anchor: start.min,
      uncertain: start.uncertain || end.uncertain,
      approximate: start.approximate || end.approximate,
      label: intervalLabel(labelPart(start), labelPart(end)),
    },
  }
}

/**
 * An interval with one open ("..") or unknown ("") end: "2020/.." (2020 onwards), "2020/" (end
 * unknown), "../2023" (until 2023), "/2023" (start unknown). `startText` / `endText` are that end's
 * text, or null where the date is.
 */
function halfOpen(
  text: string,
  slash: number,
  startText: string | null,
  endText: string | null,
): EdtfResult | null {
  if (startText !== null && endText !== null) return null
  const known = startText === null ? simpleDate(text, 0, slash) : simpleDate(text, slash + 1, text.length)
  if (known === null || 'reason' in known) return known
  const label = labelOf(known)
  if (startText === null)
    return knownAtOneEnd(text, 'range', known, 'from', halfOpenLabel(label, 'from', endText === '..'))
  return knownAtOneEnd(text, 'range', known, 'until', halfOpenLabel(label, 'until', startText === '..'))
}

/**
 * A date of which one end is known: from `known` on, or until it (the other end open or unknown).
 * An unknown start is placed at the start of the known end.
 */
function knownAtOneEnd(
  text: string,
  shape: StoryDate['shape'],
  known: SimpleDate,
  side: 'from' | 'until',
  label: string,
): EdtfResult {
  return {
    ok: true,
    date: {
      edtf: text,
      shape,
      precision: precisionOf(known),
      earliest: side === 'from' ? known.min : Number.NEGATIVE_INFINITY,
      latest: side === 'from' ? Number.POSITIVE_INFINITY : known.max,
      anchor: known.min,
      uncertain: known.uncertain,
      approximate: known.approximate,
      label,
    },
  }
}

/**
 * YYYY-MM-DDThh:mm or YYYY-MM-DDThh:mm:ss, then Z, an offset ±hh:mm up to 11:59, or nothing (read
 * as UTC). A time is an instant: its earliest and latest are the same. Anything else (fractions of a
 * second, other offset forms, 24:00) is left to edtf.js.
 */
function dateTime(text: string): EdtfResult | null {
  const day = simpleDate(text, 0, 10)
  if (day === null || 'reason' in day) return day
  if (day.uncertain || day.approximate) return null
  if (text.charCodeAt(13) !== 58 /* : */) return null
  const hour = digits(text, 11, 2)
  const minute = digits(text, 14, 2)
  let at = 16
  let second = 0
  if (text.charCodeAt(at) === 58) {
    second = digits(text, at + 1, 2)
    at += 3
  }
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return null
  let offset = 0
  const zone = text.charCodeAt(at)
  if (zone === 90 /* Z */) at += 1
  else if (zone === 43 /* + */ || zone === 45 /* - */) {
    const hours = digits(text, at + 1, 2)
    const minutes = digits(text, at + 4, 2)
    // Up to 11:59 either way (edtf.js takes some larger offsets on one side only, and no −00:00).
    if (text.charCodeAt(at + 3) !== 58 || hours < 0 || hours > 11 || minutes < 0 || minutes > 59) return null
    if (zone === 45 && hours === 0 && minutes === 0) return null
    offset = (zone === 45 ? -1 : 1) * (hours * 60 + minutes)
    at += 6
  }
  if (at !== text.length) return null
  const instant = Date.UTC(day.year, day.month, day.day, hour, minute, second) - offset * 60_000
  return {
    ok: true,
    date: {
      edtf: text,
      shape: 'point',
      precision: 'time',
      earliest: instant,
      latest: instant,
      anchor: instant,
      uncertain: false,
      approximate: false,
      label: `${calendarLabel(day)}, ${timeLabel(hour, minute, second, offset)}`,
    },
  }
}

// "[..2023-08-15]" (on or before) and "[2023-08-15..]" (on or after) of one unqualified date.
function parseSet(text: string): EdtfResult | null {
  const length = text.length
  if (length < 7 || text.charCodeAt(length - 1) !== 93 /* ] */) return null
  const before = text.startsWith('[..')
  const after = !before && text.endsWith('..]')
  if (!before && !after) return null
  // Qualified dates inside a set are rarer forms: edtf.js decides.
  const lastOfInner = text.charCodeAt(before ? length - 2 : length - 4)
  if (lastOfInner === 63 || lastOfInner === 126 || lastOfInner === 37) return null
  const inner = before ? simpleDate(text, 3, length - 1) : simpleDate(text, 1, length - 3)
  if (inner === null || 'reason' in inner) return inner
  const label = calendarLabel(inner)
  return before
    ? knownAtOneEnd(text, 'point', inner, 'until', `on or before ${label}`)
    : knownAtOneEnd(text, 'point', inner, 'from', `on or after ${label}`)
}

function single(text: string, date: SimpleDate): StoryDate {
  return {
    edtf: text,
    shape: 'point',
    precision: precisionOf(date),
    earliest: date.min,
    latest: date.max,
    anchor: date.min,
    uncertain: date.uncertain,
    approximate: date.approximate,
    label: labelOf(date),
  }
}

/**
 * YYYY, YYYY-MM or YYYY-MM-DD, then maybe one of ? ~ %, exactly filling text[from, to). Null when it
 * is not that form (or the year is before 100); NO_SUCH_DAY for a month or day the calendar lacks
 * (the proleptic Gregorian calendar, as edtf.js reads every year).
 */
function simpleDate(text: string, from: number, to: number): SimpleDate | Failure | null {
  let end = to
  const last = text.charCodeAt(end - 1)
  const uncertain = last === 63 /* ? */ || last === 37 /* % */
  const approximate = last === 126 /* ~ */ || last === 37
  if (uncertain || approximate) end -= 1
  const size = end - from
  if (size !== 4 && size !== 7 && size !== 10) return null
  const year = digits(text, from, 4)
  // Date.UTC reads years 0–99 as 1900–1999.
  if (year < 100) return null
  let month = -1
  let day = 0
  if (size >= 7) {
    if (text.charCodeAt(from + 4) !== 45 /* - */) return null
    month = digits(text, from + 5, 2) - 1
    if (month < -1) return null
  }
  if (size === 10) {
    if (text.charCodeAt(from + 7) !== 45) return null
    day = digits(text, from + 8, 2)
    if (day < 0) return null
  }
  if (month === -1) {
    // "2023-00" is a month that does not exist, not a year.
    if (size >= 7) return NO_SUCH_DAY
    return {
      year,
      month,
      day,
      uncertain,
      approximate,
      min: Date.UTC(year, 0, 1),
      max: Date.UTC(year + 1, 0, 1) - 1,
    }
  }
  // Past 12 a "month" is a season (2023-21 is spring 2023) or nothing: edtf.js decides.
  if (month > 11) return null
  if (day === 0) {
    if (size === 10) return NO_SUCH_DAY
    const min = Date.UTC(year, month, 1)
    return { year, month, day, uncertain, approximate, min, max: Date.UTC(year, month + 1, 1) - 1 }
  }
  if (day > daysInMonth(year, month)) return NO_SUCH_DAY
  const min = Date.UTC(year, month, day)
  return { year, month, day, uncertain, approximate, min, max: min + DAY_MS - 1 }
}

/** The number written by `count` ASCII digits at `from`, or -1 if any of them is not a digit. */
function digits(text: string, from: number, count: number): number {
  let value = 0
  for (let index = from; index < from + count; index += 1) {
    const digit = text.charCodeAt(index) - 48
    if (digit < 0 || digit > 9) return -1
    value = value * 10 + digit
  }
  return value
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function daysInMonth(year: number, month: number): number {
  if (month !== 1) return DAYS_IN_MONTH[month] ?? 0
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return leap ? 29 : 28
}

function precisionOf(date: SimpleDate): DatePrecision {
  return date.day > 0 ? 'day' : date.month >= 0 ? 'month' : 'year'
}

function labelOf(date: SimpleDate): string {
  return qualifiedLabel(calendarLabel(date), date)
}

function labelPart(date: SimpleDate): LabelPart {
  const label = labelOf(date)
  return date.uncertain || date.approximate ? { label } : { label, plain: date }
}
