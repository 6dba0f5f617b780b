import type { Story } from '../dataset/story-index'
import { type EventBits, setBit, wordsFor } from './facet-bits'
import { isEventInWindow } from './time-window'
import type { TimeWindow } from './view-state'

// The last window asked of each story: a query answers several questions of one window in a row
// (its counts, its events, its map), each narrowing by it.
const cached = new WeakMap<Story, { start: number; end: number; bits: EventBits }>()

/** The events some of whose span lies in the window (see isEventInWindow), as a bit set. */
export function windowBits(story: Story, window: TimeWindow): EventBits {
  const known = cached.get(story)
  if (known?.start === window.start && known.end === window.end) return known.bits
  const bits = new Uint32Array(wordsFor(story.events.length))
  story.events.forEach((event, index) => {
    if (isEventInWindow(event, window)) setBit(bits, index)
  })
  cached.set(story, { start: window.start, end: window.end, bits })
  return bits
}
