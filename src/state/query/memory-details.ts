import type { EventDetailsRow } from '../../dataset/query/answers'
import { SEARCH_HIT_FIELDS } from '../../dataset/query/answers'
import { coordinateOf } from '../../dataset/query/coordinates'
import type { IndexedEvent, Story } from '../../dataset/story-index'
import { matchesFilters, matchingEvents } from '../matching-events'
import { eventRow } from './memory-first-view'
import type { MemoryHandler } from './memory-index'
import { namedOrId } from './memory-names'
import { activeFilters } from './query-filter'

// A search's hits and one event's details, in memory (memory-index.ts).

export const answerSearch: MemoryHandler<'search'> = (index, query) => {
  const filter = { ...query.filter, search: `${query.filter.search} ${query.text}` }
  const events = matchingEvents(index.story, activeFilters(filter))
  return {
    rows: events.slice(0, query.limit).map((event) => eventRow(event, SEARCH_HIT_FIELDS)),
    total: events.length,
  }
}

export const answerEventDetails: MemoryHandler<'event-details'> = (index, query) => {
  const event = index.story.eventsById.get(query.id)
  const rows = event ? [detailsRow(index.story, event)] : []
  if (!query.filter) return { rows }
  return { rows, matching: event ? matchesFilters(index.story, event, activeFilters(query.filter)) : false }
}

function detailsRow(story: Story, event: IndexedEvent): EventDetailsRow {
  const categories = event.categories ?? []
  return {
    id: event.id,
    title: event.title,
    summary: event.summary ?? null,
    date: event.date,
    precision: event.when.precision,
    status: event.status,
    start: event.span.start,
    end: event.span.end,
    countries: [...event.countries],
    actors: [...event.actors],
    categories: [...categories],
    actorNames: event.actors.map((id) => namedOrId(story, 'actor', id)),
    categoryNames: categories.map((id) => namedOrId(story, 'category', id)),
    latitude: coordinateOf(event.place?.latitude),
    longitude: coordinateOf(event.place?.longitude),
    placeName: event.place?.name ?? null,
  }
}
