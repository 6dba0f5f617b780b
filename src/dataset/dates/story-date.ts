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

/** A date read, or why not: the reason is written for a person ("an EDTF date such as …"). */
export type EdtfResult = { ok: true; date: StoryDate } | { ok: false; reason: string }
export type EdtfFailure = Extract<EdtfResult, { ok: false }>

/** Orders dates by their anchor, then the shorter (more precise) first. */
export function compareStoryDates(a: StoryDate, b: StoryDate): number {
  return a.anchor - b.anchor || finiteEnd(a) - finiteEnd(b)
}

/** The last finite instant of a date, for drawing: open ends stop at the anchor. */
export function finiteEnd(date: StoryDate): number {
  return Number.isFinite(date.latest) ? date.latest : date.anchor
}
