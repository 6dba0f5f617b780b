import { formatCount } from '../lib/format-count'

/** Up to this many matching events, the list shows them all; past it, those in the timeline's window. */
export const LIST_ALL_LIMIT = 500

/**
 * What the list says above its events when there are too many to list whole (state/query/
 * use-listed-events.ts): for a large story, it lists those in the timeline's window (every one of them:
 * the list draws only the rows in sight). A list of 50,000 events from a century nobody is looking at
 * would follow no view.
 */
export function listNote(matching: number, inWindow: number): string {
  return inWindow === 0
    ? `${formatCount(matching)} events match; none is in the timeline's window.`
    : `${formatCount(matching)} events match; listed are the ${formatCount(inWindow)} in the timeline's window.`
}
