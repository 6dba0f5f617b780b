import type { DatePrecision } from '../dates/story-date'
import type { EventField, QueryDescription, QueryKind } from './query-description'
import type { QueryFacet } from './query-facets'

// What each question is answered with: plain rows (numbers, strings, arrays of strings, null), the
// same from every engine, so that they cross a worker's or the network's boundary as they are (as
// Arrow, or JSON) and two engines' answers can be compared with toEqual.

/**
 * A value's events among those the other facets let through; `added`: what choosing it would add.
 * `name`: the value's name where the engine holds one (an actor's, a category's); null for a country
 * or a status (the page names them in the reader's language) and for a value the engine knows only by
 * its id (a file in the engine's layout of version 1).
 */
export type FacetCountRow = {
  facet: QueryFacet
  value: string
  name: string | null
  count: number
  added: number | null
}

/**
 * A period by its first instant (UTC ms), and how many matching events it counts; in lanes, one row
 * per lane (null: the events with no value), present only where lanes were asked for.
 */
export type PeriodCountRow = { start: number; count: number; lane?: string | null }

/** What the views draw of an event; `start` and `end` are the span it may cover (UTC ms). */
export type EventRow = {
  id: string
  start: number
  end: number
  title?: string
  /** As the dataset writes it (EDTF). */
  date?: string
  precision?: DatePrecision
  status?: string
  countries?: string[]
  actors?: string[]
  categories?: string[]
  latitude?: number | null
  longitude?: number | null
}

export type CountryCountRow = { country: string; count: number }

/**
 * A point on the map: one event (`id` set, `count` 1) or, past the cap, a grid cell by its south-west
 * corner (`id` null) with its number of events.
 */
export type MapPointRow = { id: string | null; latitude: number; longitude: number; count: number }

export type EventDetailsRow = {
  id: string
  title: string
  summary: string | null
  date: string
  precision: DatePrecision
  status: string
  start: number
  end: number
  countries: string[]
  actors: string[]
  categories: string[]
  /** Each actor's name, in the order of `actors`: its id where the engine holds no name for it. */
  actorNames: string[]
  /** Each category's name, in the order of `categories`: its id where the engine holds none. */
  categoryNames: string[]
  latitude: number | null
  longitude: number | null
  placeName: string | null
}

/**
 * A story as a whole: its title and its source's (null where it names none: a file of rows), its
 * numbers of events, of quotes and of events with coordinates, and the first and last instants its
 * events cover (null when it has none).
 */
export type StorySummaryRow = {
  title: string
  source: string | null
  events: number
  quotes: number
  placed: number
  start: number | null
  end: number | null
  /**
   * Whether the engine holds the names of the story's actors and categories: false for a file in
   * the engine's layout of version 1, whose actors and categories are named by their ids.
   */
  named: boolean
}

/**
 * What an engine knows of its story beside its tables (its loader's reading of the file): its title
 * and source, and whether its names table holds the actors' and categories' names (see StorySummaryRow).
 */
export type StoryNaming = { title: string; source: string | null; named: boolean }

/** A quote; `speakerName`: its speaker's name where the engine holds one (null: no speaker, or no name). */
export type QuoteRow = {
  id: string
  event: string
  text: string
  speaker: string | null
  speakerName: string | null
}

/** Each kind's answer: its rows, and where a cap may cut them, how many there are in all. */
export type AnswerOf<Kind extends QueryKind> = {
  /** One row. */
  'story-summary': { rows: StorySummaryRow[] }
  'facet-counts': { rows: FacetCountRow[] }
  'period-counts': { rows: PeriodCountRow[] }
  events: { rows: EventRow[]; total: number }
  'map-countries': { rows: CountryCountRow[]; placed: number; unplaced: number }
  'map-points': { rows: MapPointRow[]; placed: number; binned: boolean }
  search: { rows: EventRow[]; total: number }
  /** `matching`: whether the filter asked with it lets the event through; only where one was asked. */
  'event-details': { rows: EventDetailsRow[]; matching?: boolean }
  quotes: { rows: QuoteRow[]; total: number }
}[Kind]

export type Answer = { [Kind in QueryKind]: AnswerOf<Kind> }[QueryKind]

/**
 * Something that answers query descriptions: the in-memory index (state/query/memory-answerer.ts) or a
 * SQL engine (DuckDB, ClickHouse). Asynchronous whatever the engine, so that a view written against it
 * works with one in a worker or on a server.
 */
export interface Answerer {
  answer<Query extends QueryDescription>(query: Query): Promise<AnswerOf<Query['kind']>>
}

/** The fields a search hit carries (a hit list shows the title and the date). */
export const SEARCH_HIT_FIELDS: readonly EventField[] = ['title', 'date', 'precision']
