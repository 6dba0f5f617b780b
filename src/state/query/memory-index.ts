import type { AnswerOf } from '../../dataset/query/answers'
import { coordinateOf } from '../../dataset/query/coordinates'
import type { EventFilter, QueryKind, QueryOf, TimeSpan } from '../../dataset/query/query-description'
import type { IndexedEvent, Story } from '../../dataset/story-index'
import { matchingEvents } from '../matching-events'
import { activeFilters } from './query-filter'

// A story held in the page as the in-memory answerer reads it (memory-answerer.ts): the same matching
// as the views used (state/matching-events.ts and its bit sets), each filter's matching events found
// once for the questions of one change. Each kind of question is answered in a module of its own,
// imported by the view that asks it, so that a view loaded after the first view (the charts, the map)
// brings its answering code with it.

export type MemoryIndex = {
  story: Story
  /** The events a question's filter lets through, in time order. */
  matching: (query: { filter: EventFilter }) => IndexedEvent[]
  /** Keeps a filter's matching events found otherwise (with the facet counts) for the next question. */
  remember: (filter: EventFilter, events: IndexedEvent[]) => void
}

/** How the in-memory index answers one kind of question, at once. */
export type MemoryHandler<Kind extends QueryKind> = (
  index: MemoryIndex,
  query: QueryOf<Kind>,
) => AnswerOf<Kind>

export function memoryIndex(story: Story): MemoryIndex {
  // The views of one change ask several questions of a few filters (all time: the panel's counts and
  // the list's; the window: the list's, the map's): each filter's matching events are found once.
  const recent = new Map<string, IndexedEvent[]>()
  const keep = (key: string, events: IndexedEvent[]) => {
    recent.delete(key)
    recent.set(key, events)
    // The oldest first in a Map's order: a few filters of one change are kept, no more.
    for (const old of recent.keys()) if (recent.size > 4) recent.delete(old)
    return events
  }
  const keyOf = (filter: EventFilter) => JSON.stringify(narrowed(story, filter))
  return {
    story,
    matching: ({ filter }) =>
      recent.get(keyOf(filter)) ??
      keep(keyOf(filter), matchingEvents(story, activeFilters(narrowed(story, filter)))),
    remember: (filter, events) => {
      keep(keyOf(filter), events)
    },
  }
}

/**
 * A window that holds the whole story lets every event through (the density chart's, over the story's
 * span): it is no filter, and the events of all time need not be found again within it.
 */
export function narrowed(story: Story, filter: EventFilter): EventFilter {
  return { ...filter, window: narrowing(story, filter.window) }
}

function narrowing(story: Story, window: TimeSpan | null): TimeSpan | null {
  return window && window.start <= story.extent.start && window.end >= story.extent.end ? null : window
}

export function coordinatesOf(event: IndexedEvent): { latitude: number; longitude: number } | null {
  const latitude = coordinateOf(event.place?.latitude)
  const longitude = coordinateOf(event.place?.longitude)
  return latitude === null || longitude === null ? null : { latitude, longitude }
}

/** Text in code-unit order, as SQL engines order strings by default (not by a language's rules). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
