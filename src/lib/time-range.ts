/** A stretch of time, in UTC milliseconds; start < end. */
export type TimeRange = { start: number; end: number }

/**
 * Two ranges that differ by less than a thousandth of the second one's length are the same view: a
 * widget's own rounding (vis-timeline reports its window back in whole pixels' worth of time) is not a
 * change of view.
 */
export function sameRange(a: TimeRange, b: TimeRange): boolean {
  const tolerance = Math.max(b.end - b.start, 1) / 1000
  return Math.abs(a.start - b.start) <= tolerance && Math.abs(a.end - b.end) <= tolerance
}
