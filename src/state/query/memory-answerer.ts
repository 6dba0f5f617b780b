import type {
  Answerer,
  AnswerOf,
  CountryCountRow,
  EventDetailsRow,
  EventRow,
  FacetCountRow,
  MapPointRow,
  PeriodCountRow,
  QuoteRow,
} from '../../dataset/query/answers'
import { SEARCH_HIT_FIELDS } from '../../dataset/query/answers'
import { coordinateOf } from '../../dataset/query/coordinates'
import { periodEnd, periodStart } from '../../dataset/query/periods'
import type {
  EventField,
  EventFilter,
  QueryDescription,
  QueryKind,
  QueryOf,
  TimeSpan,
} from '../../dataset/query/query-description'
import { QUERY_LIMITS } from '../../dataset/query/query-limits'
import type { IndexedEvent, Story } from '../../dataset/story-index'
import { FACETS } from '../facets/facet-table'
import { type FacetCounts, filterStory, matchingEvents } from '../matching-events'
import { activeFilters } from './query-filter'
import { quotesOf } from './quotes-of'

// The in-memory index answering query descriptions: the same matching, counting and search as the
// views use today (state/matching-events.ts and its bit sets), its rows shaped as a SQL engine gives
// them. A small story keeps its speed and its first view; a large one can be handed to an engine
// answering the same descriptions (docs/decisions/query-engine.md).

/**
 * An Answerer that can also answer at once: the in-memory index needs no wait, so a view asking it
 * has its answer on the render that asks (no "loading" drawn, no frame later), as it had before the
 * views asked questions (state/query/use-answer.ts).
 */
export interface ImmediateAnswerer extends Answerer {
  answerNow<Query extends QueryDescription>(query: Query): AnswerOf<Query['kind']>
}

/** One way to answer each kind of question at once. */
type ImmediateHandlers = { [Kind in QueryKind]: (query: QueryOf<Kind>) => AnswerOf<Kind> }

/** An Answerer over a story held in memory. */
export function memoryAnswerer(story: Story): ImmediateAnswerer {
  const handlers = handlersFor(story)
  const answerNow = <Query extends QueryDescription>(query: Query): AnswerOf<Query['kind']> => {
    // TypeScript cannot follow that the handler looked up by `query.kind` takes that kind and answers
    // with it (a correlated union); ImmediateHandlers is keyed by kind, so it does.
    const handle = handlers[query.kind] as unknown as (query: Query) => AnswerOf<Query['kind']>
    return handle(query)
  }
  return {
    answerNow,
    answer: async (query) => answerNow(query),
  }
}

function handlersFor(story: Story): ImmediateHandlers {
  // The views of one change ask several questions of a few filters (all time: the panel's counts and
  // the list's; the window: the list's, the map's): each filter's matching events are found once.
  const recent = new Map<string, IndexedEvent[]>()
  const remember = (key: string, events: IndexedEvent[]) => {
    recent.delete(key)
    recent.set(key, events)
    // The oldest first in a Map's order: a few filters of one change are kept, no more.
    for (const old of recent.keys()) if (recent.size > 4) recent.delete(old)
    return events
  }
  const matching = ({ filter }: { filter: EventFilter }) => {
    const narrowed = { ...filter, window: narrowing(story, filter.window) }
    const key = JSON.stringify(narrowed)
    return recent.get(key) ?? remember(key, matchingEvents(story, activeFilters(narrowed)))
  }
  return {
    'facet-counts': (query) => {
      const filter = { ...query.filter, window: narrowing(story, query.filter.window) }
      const answer = filterStory(story, activeFilters(filter))
      // Its matching events are the next questions' of the same filter (the list's, the quotes').
      remember(JSON.stringify(filter), answer.matching)
      return { rows: facetCountRows(answer.counts, query) }
    },
    'period-counts': (query) => {
      const { window } = query.filter
      const lanes = query.lanes ? FACETS.find((facet) => facet.key === query.lanes) : undefined
      const counts = new Map<string, PeriodCountRow>()
      const add = (start: number, lane: string | null | undefined) => {
        const key = lane === undefined ? String(start) : `${start} ${lane ?? ''}`
        const row = counts.get(key)
        if (row) row.count++
        else counts.set(key, lane === undefined ? { start, count: 1 } : { start, count: 1, lane })
      }
      // Events come in time order: most fall in the period of the one before, found without a Date.
      let period = { start: 0, end: 0 }
      for (const event of matching(query)) {
        // Begun before the window: counted in its first period (see PeriodCountsQuery).
        const placed = Math.min(Math.max(event.span.start, window.start), window.end - 1)
        if (placed < period.start || placed >= period.end) {
          const first = periodStart(placed, query.bucketing)
          period = { start: first, end: periodEnd(first, query.bucketing) }
        }
        const { start } = period
        if (!lanes) add(start, undefined)
        else {
          const values = lanes.valuesOf(event)
          if (values.length === 0) add(start, null)
          for (const value of values) add(start, value)
        }
      }
      const rows = [...counts.values()].sort(
        (a, b) => a.start - b.start || compareText(a.lane ?? '', b.lane ?? ''),
      )
      return { rows: rows.slice(0, lanes ? QUERY_LIMITS.periodRows : QUERY_LIMITS.periods) }
    },
    events: (query) => {
      const events = matching(query)
      return {
        rows: events
          .slice(query.offset, query.offset + query.limit)
          .map((event) => eventRow(event, query.fields)),
        total: events.length,
      }
    },
    'map-countries': (query) => {
      const byCountry = new Map<string, number>()
      let placed = 0
      let unplaced = 0
      for (const event of matching(query)) {
        for (const code of event.countries) byCountry.set(code, (byCountry.get(code) ?? 0) + 1)
        if (coordinatesOf(event)) placed++
        else if (event.countries.length === 0) unplaced++
      }
      const rows: CountryCountRow[] = [...byCountry]
        .map(([country, count]) => ({ country, count }))
        .sort((a, b) => compareText(a.country, b.country))
      return { rows, placed, unplaced }
    },
    'map-points': (query) => {
      const points: MapPointRow[] = []
      for (const event of matching(query)) {
        const at = coordinatesOf(event)
        if (at) points.push({ id: event.id, latitude: at.latitude, longitude: at.longitude, count: 1 })
      }
      if (points.length <= query.limit) return { rows: points, placed: points.length, binned: false }
      return { rows: cells(points, query.cellDegrees, query.limit), placed: points.length, binned: true }
    },
    search: (query) => {
      const filter = { ...query.filter, search: `${query.filter.search} ${query.text}` }
      const events = matchingEvents(story, activeFilters(filter))
      return {
        rows: events.slice(0, query.limit).map((event) => eventRow(event, SEARCH_HIT_FIELDS)),
        total: events.length,
      }
    },
    'event-details': (query) => {
      const event = story.eventsById.get(query.id)
      return { rows: event ? [detailsRow(event)] : [] }
    },
    quotes: (query) => {
      const events = query.event === null ? matching(query) : [story.eventsById.get(query.event)]
      const quotes = quotesOf(
        story,
        events.filter((event) => event !== undefined),
      )
      const rows: QuoteRow[] = quotes.slice(0, query.limit).map(({ quote, event }) => ({
        id: quote.id,
        event: event.id,
        text: quote.text,
        speaker: quote.speaker ?? null,
      }))
      return { rows, total: quotes.length }
    },
  }
}

/**
 * A window that holds the whole story lets every event through (the density chart's, over the story's
 * span): it is no filter, and the events of all time need not be found again within it.
 */
function narrowing(story: Story, window: TimeSpan | null): TimeSpan | null {
  return window && window.start <= story.extent.start && window.end >= story.extent.end ? null : window
}

/** The filters panel's counts (filterStory), each facet's busiest values first, ties by value. */
function facetCountRows(counts: FacetCounts, query: QueryOf<'facet-counts'>): FacetCountRow[] {
  return query.facets.flatMap((facet) => {
    const { byValue, added } = counts[facet]
    const adding = query.adding.includes(facet) && query.filter.chosen[facet].length > 0
    return [...byValue]
      .sort(([a, countA], [b, countB]) => countB - countA || compareText(a, b))
      .slice(0, query.limit)
      .map(([value, count]) => ({ facet, value, count, added: adding ? (added.get(value) ?? 0) : null }))
  })
}

/** Grid cells by their south-west corner, the most crowded `limit`, in the corners' order. */
function cells(points: readonly MapPointRow[], cellDegrees: number, limit: number): MapPointRow[] {
  const byCell = new Map<string, MapPointRow>()
  for (const point of points) {
    // + 0: -0 made 0, as the SQL engines' cells are (dataset/query/sql/dialects.ts).
    const latitude = Math.floor(point.latitude / cellDegrees) * cellDegrees + 0
    const longitude = Math.floor(point.longitude / cellDegrees) * cellDegrees + 0
    const key = `${latitude},${longitude}`
    const cell = byCell.get(key)
    if (cell) cell.count++
    else byCell.set(key, { id: null, latitude, longitude, count: 1 })
  }
  return [...byCell.values()]
    .sort((a, b) => b.count - a.count || a.latitude - b.latitude || a.longitude - b.longitude)
    .slice(0, limit)
}

function coordinatesOf(event: IndexedEvent): { latitude: number; longitude: number } | null {
  const latitude = coordinateOf(event.place?.latitude)
  const longitude = coordinateOf(event.place?.longitude)
  return latitude === null || longitude === null ? null : { latitude, longitude }
}

/** An event with the fields asked for (in the order the list of fields names them). */
function eventRow(event: IndexedEvent, fields: readonly EventField[]): EventRow {
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

function detailsRow(event: IndexedEvent): EventDetailsRow {
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
    categories: [...(event.categories ?? [])],
    latitude: coordinateOf(event.place?.latitude),
    longitude: coordinateOf(event.place?.longitude),
    placeName: event.place?.name ?? null,
  }
}

/** Text in code-unit order, as SQL engines order strings by default (not by a language's rules). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
