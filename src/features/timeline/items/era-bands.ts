import type { TimelineEvent } from './timeline-event'
import type { TimelineItem } from './timeline-items'

const YEAR_MS = 365.25 * 86_400_000
/** An interval is an era when it lasts at least a year and a tenth of the story's span. */
const SHORTEST_ERA_MS = YEAR_MS
const ERA_SHARE_OF_STORY = 0.1
/** The longest few are drawn: a band behind everything says little when there are dozens. */
export const MOST_BANDS = 6

// Event ids are slugs, which have no colon: a band's id can never be an event's or a bar's.
const BAND_PREFIX = 'band:'

/**
 * Bands behind the timeline for the long intervals among the events drawn ("Japan rules Korea as a
 * colony", 1910–1945): the era shows across every row and lane, whatever is stacked where, and what
 * happened inside it reads as inside it. Only intervals the source states (EDTF `1910/1945`), not a
 * coarse date: "2023" is a year of uncertainty, not an era. The event itself is still drawn as its
 * bar, which names it and is what is chosen; the band has no text of its own (vis-timeline makes a
 * band as tall as all the rows, so a caption at its foot is out of sight) and takes no pointer.
 */
export function eraBands(events: readonly TimelineEvent[], storySpanMs: number): TimelineItem[] {
  const shortest = Math.max(SHORTEST_ERA_MS, storySpanMs * ERA_SHARE_OF_STORY)
  const eras: TimelineEvent[] = []
  for (const event of events) {
    if (event.when.shape === 'range' && event.span.end - event.span.start >= shortest) eras.push(event)
  }
  eras.sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start))
  return eras.slice(0, MOST_BANDS).map((event) => ({
    kind: 'band',
    id: `${BAND_PREFIX}${event.id}`,
    type: 'background',
    start: event.span.start,
    end: event.span.end,
    label: '',
    tooltip: '',
    className: `era-band status-${event.status}`,
  }))
}
