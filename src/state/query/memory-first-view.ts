import type { EventRow, FacetCountRow, QuoteRow } from '../../dataset/query/answers'
import { coordinateOf } from '../../dataset/query/coordinates'
import type { EventCursor, EventField, QueryOf } from '../../dataset/query/query-description'
import type { QueryFacet } from '../../dataset/query/query-facets'
import type { IndexedEvent, Story } from '../../dataset/story-index'
import { type FacetCounts, filterStory } from '../matching-events'
import { compareText, type MemoryHandler, type MemoryIndex, narrowed } from './memory-index'
import { storyName } from './memory-names'
import { activeFilters } from './query-filter'
import { quotesOf } from './quotes-of'

// The in-memory answers the first view asks for: the filters panel's counts, the list's events, the
// quotes (see memory-index.ts).

export const answerFacetCounts: MemoryHandler<'facet-counts'> = (index, query) => {
  const answer = filterStory(index.story, activeFilters(narrowed(index.story, query.filter)))
  // Its matching events are the next questions' of the same filter (the list's, the quotes').
  index.remember(query.filter, answer.matching)
  return { rows: facetCountRows(index.story, answer.counts, query) }
}

export const answerEvents: MemoryHandler<'events'> = (index, query) => {
  const events = index.matching(query)
  if (query.from) {
    const { first, total } = stepFrom(index, events, query.from)
    const rows: EventRow[] = []
    for (let n = query.offset; n < Math.min(total, query.offset + query.limit); n += 1) {
      const event = events[first + n * query.from.direction]
      if (event) rows.push(eventRow(event, query.fields))
    }
    return { rows, total }
  }
  return {
    rows: events
      .slice(query.offset, query.offset + query.limit)
      .map((event) => eventRow(event, query.fields)),
    total: events.length,
  }
}

/** Each event's place in the story's time order, made once per story (for a step's cursor). */
const places = new WeakMap<Story, ReadonlyMap<string, number>>()

function placeOf(story: Story, id: string): number | undefined {
  let byId = places.get(story)
  if (!byId) {
    byId = new Map(story.events.map((event, place) => [event.id, place]))
    places.set(story, byId)
  }
  return byId.get(id)
}

/**
 * The matching events after (1) or before (-1) the cursor's event in time order (an EventsQuery's
 * `from`): where the nearest is in `matching`, and how many there are that way. The matching events
 * keep the story's order: the first one past the cursor is found by halving, not by reading them all.
 */
function stepFrom(
  index: MemoryIndex,
  matching: IndexedEvent[],
  from: EventCursor,
): { first: number; total: number } {
  const place = placeOf(index.story, from.event)
  if (place === undefined) return { first: 0, total: 0 }
  const placeOfEvent = (event: IndexedEvent) => placeOf(index.story, event.id) ?? -1
  // The first matching event placed after the cursor's.
  let low = 0
  let high = matching.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const event = matching[middle]
    if (event && placeOfEvent(event) <= place) low = middle + 1
    else high = middle
  }
  if (from.direction === 1) return { first: low, total: matching.length - low }
  // Those before it: all below `low` but the cursor's own event, should it match.
  const before = matching[low - 1]
  const end = before && placeOfEvent(before) === place ? low - 1 : low
  return { first: end - 1, total: end }
}

export const answerQuotes: MemoryHandler<'quotes'> = (index, query) => {
  const events = query.event === null ? index.matching(query) : [index.story.eventsById.get(query.event)]
  const quotes = quotesOf(
    index.story,
    events.filter((event) => event !== undefined),
  )
  const rows: QuoteRow[] = quotes.slice(0, query.limit).map(({ quote, event }) => ({
    id: quote.id,
    event: event.id,
    text: quote.text,
    speaker: quote.speaker ?? null,
    speakerName: quote.speaker === undefined ? null : storyName(index.story, 'actor', quote.speaker),
  }))
  return { rows, total: quotes.length }
}

/** The filters panel's counts (filterStory), each facet's busiest values first, ties by value. */
function facetCountRows(story: Story, counts: FacetCounts, query: QueryOf<'facet-counts'>): FacetCountRow[] {
  // Countries and statuses are named by the page in the reader's language, not by the answer.
  const nameOf: Readonly<Record<QueryFacet, (value: string) => string | null>> = {
    actor: (value) => storyName(story, 'actor', value),
    category: (value) => storyName(story, 'category', value),
    country: () => null,
    status: () => null,
  }
  return query.facets.flatMap((facet) => {
    const { byValue, added } = counts[facet]
    const adding = query.adding.includes(facet) && query.filter.chosen[facet].length > 0
    return [...byValue]
      .sort(([a, countA], [b, countB]) => countB - countA || compareText(a, b))
      .slice(0, query.limit)
      .map(([value, count]) => ({
        facet,
        value,
        name: nameOf[facet](value),
        count,
        added: adding ? (added.get(value) ?? 0) : null,
      }))
  })
}

/** An event with the fields asked for (in the order the list of fields names them). */
export function eventRow(event: IndexedEvent, fields: readonly EventField[]): EventRow {
  const row: EventRow = { id: event.id, start: event.span.start, end: event.span.end }
  for (const field of fields) {
    switch (field) {
      case 'title':
        row.title = event.title
        break
      case 'date':
        row.date = event.date
        break
      case 'precision':
        row.precision = event.when.precision
        break
      case 'status':
        row.status = event.status
        break
      case 'countries':
        row.countries = [...event.countries]
        break
      case 'actors':
        row.actors = [...event.actors]
        break
      case 'categories':
        row.categories = [...(event.categories ?? [])]
        break
      case 'latitude':
        row.latitude = coordinateOf(event.place?.latitude)
        break
      case 'longitude':
        row.longitude = coordinateOf(event.place?.longitude)
        break
    }
  }
  return row
}
