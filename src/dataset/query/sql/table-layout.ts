import { foldedEventText } from '../../../lib/fold-for-search'
import type { IndexedEvent, Story } from '../../story-index'
import type { StoryNaming } from '../answers'
import { coordinateOf } from '../coordinates'
import type { QueryFacet } from '../query-facets'
import type { Dialect } from './dialects'

// The tables a SQL engine holds a story in (see docs/decisions/query-engine.md): one row per event,
// its facets as columns (lists where an event has several values), its span as UTC milliseconds, its
// text folded for search; the quotes in a second table. Made from an indexed story (tests, the
// parity check), or by an engine's own reader from a file (scripts/engine/).

export const EVENTS_TABLE = 'events'
export const QUOTES_TABLE = 'quotes'
export const NAMES_TABLE = 'names'

export type ColumnType = 'string' | 'int64' | 'float64' | 'stringList'
type Column = { name: string; type: ColumnType; nullable?: boolean }

/** The events table: one row per event. */
export const EVENT_COLUMNS = [
  /** The event's place in time order: its span's start, then the end of its date, then the source's order. */
  { name: 'ordinal', type: 'int64' },
  { name: 'id', type: 'string' },
  { name: 'title', type: 'string' },
  { name: 'summary', type: 'string', nullable: true },
  /** The date as the source writes it (EDTF), and the unit it is precise to (day, month, year…). */
  { name: 'date', type: 'string' },
  { name: 'precision', type: 'string' },
  /**
   * The span the date may cover, as the timeline draws it: the earliest instant of its precision,
   * and the latest (the last millisecond of "July 2023"); an open end runs to the source's publication.
   */
  { name: 'start_ms', type: 'int64' },
  { name: 'end_ms', type: 'int64' },
  { name: 'status', type: 'string' },
  /** ISO 3166-1 alpha-2 codes: the event's own and its actors'. */
  { name: 'countries', type: 'stringList' },
  { name: 'actors', type: 'stringList' },
  { name: 'categories', type: 'stringList' },
  { name: 'latitude', type: 'float64', nullable: true },
  { name: 'longitude', type: 'float64', nullable: true },
  { name: 'place_name', type: 'string', nullable: true },
  /** Title, summary and quotes folded as lib/fold-for-search.ts folds them. */
  { name: 'search_text', type: 'string' },
] as const satisfies readonly Column[]

/** The quotes table: one row per quote, with its event's place in time order for ordering. */
export const QUOTE_COLUMNS = [
  { name: 'ordinal', type: 'int64' },
  { name: 'id', type: 'string' },
  { name: 'event_id', type: 'string' },
  { name: 'event_ordinal', type: 'int64' },
  { name: 'text', type: 'string' },
  { name: 'speaker', type: 'string', nullable: true },
] as const satisfies readonly Column[]

/**
 * The names of the values the events table holds by id: one row per actor and per category (`facet`
 * 'actor' or 'category'), as the story names them. An answer takes a value's name from here (a
 * facet's counts, an event's details, a quote's speaker); a value with no row here is named by its id.
 */
export const NAME_COLUMNS = [
  { name: 'facet', type: 'string' },
  { name: 'id', type: 'string' },
  { name: 'name', type: 'string' },
] as const satisfies readonly Column[]

/** The facets whose values the names table names. */
export const NAMED_FACETS = ['actor', 'category'] as const
export type NamedFacet = (typeof NAMED_FACETS)[number]

type ValueOf<Type extends ColumnType> = {
  string: string
  int64: number
  float64: number
  stringList: string[]
}[Type]
type RowOf<Columns extends readonly Column[]> = {
  [C in Columns[number] as C['name']]: C extends { nullable: true }
    ? ValueOf<C['type']> | null
    : ValueOf<C['type']>
}
export type EventTableRow = RowOf<typeof EVENT_COLUMNS>
export type QuoteTableRow = RowOf<typeof QUOTE_COLUMNS>
export type NameTableRow = RowOf<typeof NAME_COLUMNS>

/** How each facet is stored: its column, and whether an event has a list of values or one. */
export const FACET_COLUMNS: Readonly<Record<QueryFacet, { column: string; list: boolean }>> = {
  country: { column: 'countries', list: true },
  actor: { column: 'actors', list: true },
  category: { column: 'categories', list: true },
  status: { column: 'status', list: false },
}

/**
 * CREATE TABLE statements for the layout in a dialect: under other names where asked (ClickHouse's
 * tables on each shard, beneath a Distributed table of the layout's name), followed by `engine`
 * (ClickHouse's tables need one).
 */
export function createTables(
  dialect: Dialect,
  {
    events = EVENTS_TABLE,
    quotes = QUOTES_TABLE,
    names = NAMES_TABLE,
    engine = '',
    namesEngine,
  }: { events?: string; quotes?: string; names?: string; engine?: string; namesEngine?: string } = {},
): string[] {
  const columns = (list: readonly Column[]) =>
    list
      .map(({ name, type, nullable }) => {
        const sqlType = dialect.types[type]
        return `${name} ${nullable ? dialect.types.nullable(sqlType) : sqlType}`
      })
      .join(', ')
  return [
    `CREATE TABLE ${events} (${columns(EVENT_COLUMNS)})${engine}`,
    `CREATE TABLE ${quotes} (${columns(QUOTE_COLUMNS)})${engine}`,
    `CREATE TABLE ${names} (${columns(NAME_COLUMNS)})${namesEngine ?? engine}`,
  ]
}

/** A story's names as an engine holding it gives them (its summary's title and source; its values named). */
export function storyNaming(story: Story): StoryNaming {
  return { title: story.dataset.title, source: story.dataset.source.title, named: true }
}

/** A story's actors and categories as rows of the names table, in the dataset's order. */
export function nameTableRows(story: Story): NameTableRow[] {
  return [
    ...[...story.actorsById.values()].map(({ id, name }) => ({ facet: 'actor', id, name })),
    ...[...story.categoriesById.values()].map(({ id, name }) => ({ facet: 'category', id, name })),
  ]
}

/** A story's events as rows of the events table, in time order. */
export function eventTableRows(story: Story): EventTableRow[] {
  return story.events.map((event, ordinal) => eventTableRow(story, event, ordinal))
}

function eventTableRow(story: Story, event: IndexedEvent, ordinal: number): EventTableRow {
  const quotes = story.quotesByEvent.get(event.id) ?? []
  return {
    ordinal,
    id: event.id,
    title: event.title,
    summary: event.summary ?? null,
    date: event.date,
    precision: event.when.precision,
    start_ms: event.span.start,
    end_ms: event.span.end,
    status: event.status,
    countries: [...event.countries],
    actors: [...event.actors],
    categories: [...(event.categories ?? [])],
    latitude: coordinateOf(event.place?.latitude),
    longitude: coordinateOf(event.place?.longitude),
    place_name: event.place?.name ?? null,
    search_text: foldedEventText(
      event.title,
      event.summary,
      quotes.map((quote) => quote.text),
    ),
  }
}

/** A story's quotes as rows of the quotes table: each event's in the dataset's order, events in time order. */
export function quoteTableRows(story: Story): QuoteTableRow[] {
  const rows: QuoteTableRow[] = []
  story.events.forEach((event, eventOrdinal) => {
    for (const quote of story.quotesByEvent.get(event.id) ?? []) {
      rows.push({
        ordinal: rows.length,
        id: quote.id,
        event_id: event.id,
        event_ordinal: eventOrdinal,
        text: quote.text,
        speaker: quote.speaker ?? null,
      })
    }
  })
  return rows
}
