import type { IndexedEvent } from '../dataset/story-index'
import { formatCount } from '../lib/format-count'
import { isEventInWindow } from './time-window'
import type { TimeWindow } from './view-state'

/** Up to this many matching events, the list shows them all; past it, those in the timeline's window. */
export const LIST_ALL_LIMIT = 500

/**
 * The events the list shows: every matching event for a story of ordinary size; for a large one, those
 * in the timeline's window (every one of them: the list draws only the rows in sight), with a note
 * saying so. A list of 50,000 events from a century nobody is looking at would follow no view.
 */
export function listedEvents(
  matching: IndexedEvent[],
  shown: TimeWindow,
): { events: IndexedEvent[]; note: string | null } {
  if (matching.length <= LIST_ALL_LIMIT) return { events: matching, note: null }
  const events = matching.filter((event) => isEventInWindow(event, shown))
  const note =
    events.length === 0
      ? `${formatCount(matching.length)} events match; none is in the timeline's window.`
      : `${formatCount(matching.length)} events match; listed are the ${formatCount(events.length)} in the timeline's window.`
  return { events, note }
}
