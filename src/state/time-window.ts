import { EARLIEST_INSTANT, LATEST_INSTANT } from '../dataset/dates/story-date'
import type { IndexedEvent, Story } from '../dataset/story-index'
import type { TimeWindow } from './view-state'

const DAY = 86_400_000
const YEAR = 365.25 * DAY

/**
 * Where a window may lie: the years a date may fall in (-9999 to 9999), with a margin for the padding
 * around events at their edges. Every window is held inside, so no view asks JavaScript's dates,
 * moment.js or vis-timeline for an instant they cannot show.
 */
export const VIEW_START = EARLIEST_INSTANT - 1000 * YEAR
export const VIEW_END = LATEST_INSTANT + 1000 * YEAR

/** The narrowest and widest windows the timeline allows: six hours, and every year a date may have. */
export const MIN_WINDOW_MS = 6 * 3_600_000
export const MAX_WINDOW_MS = VIEW_END - VIEW_START

const READABLE_SPAN_MS = 56 * DAY

/**
 * The first view of a story: the tightest stretch of time holding half of its events, widened to take
 * in neighbouring events while it stays short enough to read (about eight weeks, or three times the
 * dense stretch), then padded. Older context is one zoom-out or "Fit all" away.
 */
export function defaultWindow(story: Story): TimeWindow {
  const anchors = story.events.map((event) => event.when.anchor)
  if (anchors.length < 4) return paddedWindow(story.extent)
  const count = Math.ceil(anchors.length / 2)
  let first = 0
  for (let index = 0; index + count - 1 < anchors.length; index += 1) {
    const span = (anchors[index + count - 1] ?? 0) - (anchors[index] ?? 0)
    if (span < (anchors[first + count - 1] ?? 0) - (anchors[first] ?? 0)) first = index
  }
  let last = first + count - 1
  const at = (index: number) => anchors[index] ?? 0
  const limit = Math.max(READABLE_SPAN_MS, (at(last) - at(first)) * 3)
  for (;;) {
    const before = first > 0 ? at(last) - at(first - 1) : Number.POSITIVE_INFINITY
    const after = last < anchors.length - 1 ? at(last + 1) - at(first) : Number.POSITIVE_INFINITY
    if (Math.min(before, after) > limit) break
    if (before <= after) first -= 1
    else last += 1
  }
  // Labels run to the right of their point: leave room after the last events so they can be read.
  const length = Math.max(at(last) + DAY - at(first), DAY)
  return clampWindow({ start: at(first) - length * 0.06, end: at(last) + DAY + length * 0.75 })
}

/** The window showing every event. */
export function fullWindow(story: Pick<Story, 'extent'>): TimeWindow {
  return paddedWindow(story.extent)
}

/** The window showing a span (a story's, as an engine counts it), padded as fullWindow's. */
export function spanWindow(span: TimeWindow): TimeWindow {
  return paddedWindow(span)
}

/** True when some of the event is inside the window. */
export function isEventInWindow(event: Pick<IndexedEvent, 'span'>, shown: TimeWindow): boolean {
  const span = event.span
  return span.start < shown.end && span.end > shown.start
}

/**
 * The window to show an event in: the current one if the event is already in it; otherwise one of the
 * same length centred on the event, or the event's span padded when it is longer than that.
 */
export function windowShowing(event: Pick<IndexedEvent, 'span'>, current: TimeWindow): TimeWindow {
  if (isEventInWindow(event, current)) return current
  const span = event.span
  const length = current.end - current.start
  if (span.end - span.start > length * 0.8) return paddedWindow(span)
  const middle = (span.start + span.end) / 2
  return clampWindow({ start: middle - length / 2, end: middle + length / 2 })
}

/**
 * Zooms around `around` (the window's middle if not given): factor < 1 zooms in, > 1 out. Given the
 * selected event's middle, the selection stays in view as the reader zooms in.
 */
export function zoomWindow(
  range: TimeWindow,
  factor: number,
  around = (range.start + range.end) / 2,
): TimeWindow {
  const half = ((range.end - range.start) * factor) / 2
  return clampWindow({ start: around - half, end: around + half })
}

/**
 * The window to show an event in when it is chosen: as windowShowing (the current one if the event is
 * in it), unless the current one is far too wide to read the event in (more than four times its
 * readable stretch: eight weeks, or its span and a quarter more) — say after a long interval made the
 * window decades wide — when it narrows to that stretch around the event.
 */
export function windowToRead(event: Pick<IndexedEvent, 'span'>, current: TimeWindow): TimeWindow {
  const span = event.span
  const readable = Math.max(READABLE_SPAN_MS, (span.end - span.start) * 1.25)
  if (current.end - current.start <= readable * 4) return windowShowing(event, current)
  const middle = (span.start + span.end) / 2
  return clampWindow({ start: middle - readable / 2, end: middle + readable / 2 })
}

/**
 * The event to step to from no selection: in `direction`, the first (or last) matching event in the
 * window, else the first after it (or the last before it), else the first (or last) of all.
 */
export function firstInView(
  matching: readonly IndexedEvent[],
  shown: TimeWindow,
  direction: -1 | 1,
): IndexedEvent | undefined {
  if (direction === 1) {
    return (
      matching.find((event) => isEventInWindow(event, shown)) ??
      matching.find((event) => event.span.start >= shown.end) ??
      matching[0]
    )
  }
  return (
    matching.findLast((event) => isEventInWindow(event, shown)) ??
    matching.findLast((event) => event.span.end <= shown.start) ??
    matching.at(-1)
  )
}

/** Moves the window by a share of its length: negative is earlier. */
export function panWindow(range: TimeWindow, share: number): TimeWindow {
  const shift = (range.end - range.start) * share
  return clampWindow({ start: range.start + shift, end: range.end + shift })
}

/**
 * The window held to the timeline's limits: its length from MIN_WINDOW_MS to MAX_WINDOW_MS around the
 * same middle, then moved inside VIEW_START–VIEW_END if it lies past either.
 */
export function clampWindow(range: TimeWindow, shortest = MIN_WINDOW_MS): TimeWindow {
  const length = range.end - range.start
  const middle = (range.start + range.end) / 2
  const clamped = Math.min(Math.max(length, shortest), MAX_WINDOW_MS)
  const sized = clamped === length ? range : { start: middle - clamped / 2, end: middle + clamped / 2 }
  if (sized.start < VIEW_START) return { start: VIEW_START, end: VIEW_START + clamped }
  if (sized.end > VIEW_END) return { start: VIEW_END - clamped, end: VIEW_END }
  return sized
}

function paddedWindow(span: TimeWindow): TimeWindow {
  const length = Math.max(span.end - span.start, DAY)
  const pad = length * 0.08
  return clampWindow({ start: span.start - pad, end: span.end + pad })
}

/** The window showing all these events (padded as "Fit all" is). */
export function windowFitting(events: ReadonlyArray<Pick<IndexedEvent, 'span'>>): TimeWindow {
  let start = Number.POSITIVE_INFINITY
  let end = Number.NEGATIVE_INFINITY
  for (const event of events) {
    start = Math.min(start, event.span.start)
    end = Math.max(end, event.span.end)
  }
  return Number.isFinite(start) ? paddedWindow({ start, end }) : paddedWindow({ start: 0, end: DAY })
}

const shortestWindows = new WeakMap<Story, number>()

/**
 * The shortest window worth showing a story in: six hours if some event has a time of day, else a
 * day. Zoomed deeper, a story of days showed "15 Aug 2023, 08:58–14:58" with its events at noon, as if
 * it knew their hours.
 */
export function shortestWindowFor(story: Story): number {
  let shortest = shortestWindows.get(story)
  if (shortest === undefined) {
    shortest = story.events.some((event) => event.when.precision === 'time') ? MIN_WINDOW_MS : DAY
    shortestWindows.set(story, shortest)
  }
  return shortest
}
