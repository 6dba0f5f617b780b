import type { IndexedEvent } from '../dataset/story-index'
import { isEventInWindow } from './time-window'
import type { TimeWindow } from './view-state'

/** Up to this many matching events, the list shows them all; past it, those in the window. */
export const LIST_ALL_LIMIT = 500
export const LIST_WINDOW_LIMIT = 300

/**
 * The events the list shows: every matching event for a story of ordinary size; for a large one,
 * those on screen in the timeline (at most LIST_WINDOW_LIMIT), with a note saying so.
 */
export function listedEvents(
  matching: IndexedEvent[],
  window: TimeWindow,
): { events: IndexedEvent[]; note: string | null } {
  if (matching.length <= LIST_ALL_LIMIT) return { events: matching, note: null }
  const inWindow = matching.filter((event) => isEventInWindow(event, window))
  const events = inWindow.slice(0, LIST_WINDOW_LIMIT)
  const count = (n: number) => n.toLocaleString('en')
  const note =
    inWindow.length > events.length
      ? `${count(matching.length)} events match; the first ${count(events.length)} of the ${count(inWindow.length)} in view are listed. Zoom in or filter to list fewer.`
      : `${count(matching.length)} events match; the ${count(events.length)} in view are listed.`
  return { events, note }
}
