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

/**
 * Why a text is no EDTF date, as a code: the editor's date field words it in the reader's language,
 * and edtfProblemInEnglish (edtf-problem-english.ts) for the dataset's checks and logs.
 */
export type EdtfProblem =
  | 'spaces'
  | 'noSuchDay'
  | 'endBeforeStart'
  | 'noKnownEnd'
  | 'outsideYears'
  | 'notEdtf'

/** A date read, or why not. */
export type EdtfResult = { ok: true; date: StoryDate } | { ok: false; reason: EdtfProblem }
export type EdtfFailure = Extract<EdtfResult, { ok: false }>

/** Orders dates by their anchor, then the shorter (more precise) first. */
export function compareStoryDates(a: StoryDate, b: StoryDate): number {
  return a.anchor - b.anchor || finiteEnd(a) - finiteEnd(b)
}

/** The last finite instant of a date, for drawing: open ends stop at the anchor. */
export function finiteEnd(date: StoryDate): number {
  return Number.isFinite(date.latest) ? date.latest : date.anchor
}

/**
 * The years a date may fall in: -9999 to 9999 (year 0 is 1 BCE), as EDTF's four-digit years write
 * them. Beyond them (edtf.js reads "Y275760" and exponent years) JavaScript's dates, vis-timeline and
 * moment.js fail one after another, and no news story needs them.
 */
export const EARLIEST_INSTANT = yearStart(-9999)
export const LATEST_INSTANT = yearStart(10_000) - 1

function yearStart(year: number): number {
  const date = new Date(0)
  date.setUTCFullYear(year, 0, 1)
  return date.getTime()
}

export const OUTSIDE_SUPPORTED_YEARS: EdtfFailure = {
  ok: false,
  reason: 'outsideYears',
}

/** True when every finite instant of the date lies within the supported years. */
export function isWithinSupportedYears(date: Pick<StoryDate, 'earliest' | 'latest' | 'anchor'>): boolean {
  const inside = (instant: number) =>
    !Number.isFinite(instant) || (instant >= EARLIEST_INSTANT && instant <= LATEST_INSTANT)
  return inside(date.earliest) && inside(date.latest) && inside(date.anchor)
}
