import type { QueryFacet } from './query-facets'

// The questions the views ask of the events, as plain data: a description apart from its answer, so
// that the in-memory index, DuckDB (in a worker or in Node) and ClickHouse answer the same questions,
// and so that a description can cross a worker's or a network's boundary and be checked on arrival
// (parse-query.ts). See docs/decisions/query-engine.md.

/** A stretch of time in UTC milliseconds, start < end: the timeline's window. */
export type TimeSpan = { start: number; end: number }

/** A stretch of the earth between two parallels and two meridians, in degrees; south < north, west < east. */
export type GeoBox = { south: number; west: number; north: number; east: number }

/**
 * Which events a question is about. Values within a facet combine with OR, facets with AND; the
 * search's words must all appear (folded: case, accents and typographic quotes set aside) in the
 * event's title, summary or quotes; the area keeps events whose coordinates lie in it (its edges
 * included), so an event without coordinates is never in an area.
 */
export type EventFilter = {
  chosen: Readonly<Record<QueryFacet, readonly string[]>>
  search: string
  area: GeoBox | null
  /**
   * Only events some of whose span lies in the window. The span is what the date may cover, not one
   * instant: an event dated "July 2023" overlaps a window of 20–25 July. An open end ("2019-05/..")
   * runs to the source's publication (as the timeline draws it). Null: all time.
   */
  window: TimeSpan | null
}

/** A calendar unit for counting per period; weeks start on Monday (ISO 8601), all in UTC. */
export const PERIODS = ['year', 'month', 'week', 'day', 'hour'] as const
export type Period = (typeof PERIODS)[number]

/**
 * Periods of `every` units, aligned as the calendar is: 5 years from years divisible by 5 (1990,
 * 1995), 3 months from January, April…, 6 hours from midnight. Weeks and days are single: there is no
 * calendar place to start a run of them.
 */
export type Bucketing = { period: Period; every: number }

/** The fields of an event the views draw, beyond its id and span (always given). */
export const EVENT_FIELDS = [
  'title',
  'date',
  'precision',
  'status',
  'countries',
  'actors',
  'categories',
  'latitude',
  'longitude',
] as const
export type EventField = (typeof EVENT_FIELDS)[number]

/**
 * Each facet's values counted among the events that every OTHER facet's filter lets through (with the
 * search, the area and the window): the filters panel's counts, as cross-filtering counts them (see
 * state/facets/count-plan.ts). For each facet in `adding` that has chosen values, each value is also
 * counted among the events the facet's own choice leaves out: what choosing it would add ("+3").
 * Per facet, the `limit` values with the most events (ties by value) are given.
 */
export type FacetCountsQuery = {
  kind: 'facet-counts'
  filter: EventFilter
  facets: readonly QueryFacet[]
  adding: readonly QueryFacet[]
  limit: number
}

/**
 * The matching events counted per period (the density chart, the timeline's counting bars). Each event
 * whose span overlaps the window is counted once, in the period of its start held inside the window
 * (an event begun before the window counts in its first period). Periods with no event are left out.
 * With `lanes`, counted per value of that facet as the timeline's lanes are: an event in each of its
 * values' lanes, one without a value in the lane of none (null).
 */
export type PeriodCountsQuery = {
  kind: 'period-counts'
  filter: EventFilter & { window: TimeSpan }
  bucketing: Bucketing
  lanes?: QueryFacet | null
}

/**
 * The matching events in the filter's window, in time order, with only the fields asked for. With
 * `from`, only those after (1) or before (-1) the event of that id in time order, nearest first, and
 * `total` counts those: a step's neighbour (N / P) found at once, however many events share its start.
 * None for an id no event has.
 */
export type EventsQuery = {
  kind: 'events'
  filter: EventFilter
  fields: readonly EventField[]
  limit: number
  /** Leave out this many first (the next page of a list). */
  offset: number
  from?: EventCursor
}

/** An event to step from (its id; it need not match the filter), and which way. */
export type EventCursor = { event: string; direction: 1 | -1 }

/** The matching events counted in each of their countries (one event of two countries counts in both). */
export type MapCountriesQuery = { kind: 'map-countries'; filter: EventFilter }

/**
 * The matching events with coordinates: each as a point while there are at most `limit` of them; past
 * that, counted in cells of a grid of `cellDegrees` (a cell's south-west corner is a multiple of it).
 */
export type MapPointsQuery = { kind: 'map-points'; filter: EventFilter; limit: number; cellDegrees: number }

/**
 * The matching events whose text holds every word of `text`, in time order: a search box's hits,
 * within the other filters (the filter's own search applies too).
 */
export type SearchQuery = { kind: 'search'; filter: EventFilter; text: string; limit: number }

/**
 * One event, by id, with every field the details panel shows; no answer row if there is none. With a
 * `filter`, the answer also says whether the event is among those it lets through (the details panel
 * says so when the filters hide the selected event).
 */
export type EventDetailsQuery = { kind: 'event-details'; id: string; filter?: EventFilter }

/**
 * The quotes of the matching events, in the events' time order and then the dataset's (the quotes
 * panel with no selection); with `event`, that event's quotes whatever the filter (the selection's).
 */
export type QuotesQuery = { kind: 'quotes'; filter: EventFilter; event: string | null; limit: number }

/**
 * What the page must know of a story it does not hold (one an engine holds): its names, its number of
 * events and quotes, how many are placed, and the span they cover (the header, the timeline's first
 * window). The facets' values are the facet counts' to give, with no filter.
 */
export type StorySummaryQuery = { kind: 'story-summary' }

export type QueryDescription =
  | StorySummaryQuery
  | FacetCountsQuery
  | PeriodCountsQuery
  | EventsQuery
  | MapCountriesQuery
  | MapPointsQuery
  | SearchQuery
  | EventDetailsQuery
  | QuotesQuery

export type QueryKind = QueryDescription['kind']

export type QueryOf<Kind extends QueryKind> = Extract<QueryDescription, { kind: Kind }>

/** A filter that lets every event through. */
export const NO_FILTER: EventFilter = {
  chosen: { country: [], actor: [], category: [], status: [] },
  search: '',
  area: null,
  window: null,
}
