import type { StoryNaming } from '../answers'
import { type ColumnType, EVENT_COLUMNS } from './table-layout'

// A Parquet file in the engine's own layout (docs/decisions/query-engine.md, "A file in the
// engine's layout"): one row per event, the events table's columns with their types, in `ordinal`
// order, and a `quotes` column holding each event's quotes (a list of {id, text, speaker}), so one
// file holds a story. Since version 2, `actor_names` and `category_names` beside them: each event's
// actors' and categories' names in the order of their ids (the names table's rows, spread over the
// events that name them; Parquet's dictionaries keep the repeats small). Since version 3, each quote
// also carries its speaker's name (`speaker_name`): a speaker need not be among any event's actors, and
// a name travels with the rows that use it. Version 2 files are still read (a speaker no event lists
// is then named by its id), and version 1 files, their values named by their ids (the summary says so). Its footer's key/value metadata names
// the layout and its version, and the story's title and source (which the tables do not hold). A reader loads such a file straight into
// its tables, no SQL of an importer between; it trusts the claim only after checking every column,
// and says which one is wrong. Read alike by DuckDB in Node (scripts/engine/layout-file.ts) and by
// hyparquet in the page (wasm/layout-streams.ts): each maps its own types to the kinds below.

/** The footer's keys. */
export const LAYOUT_KEYS = {
  layout: 'story-timeline-layout',
  title: 'story-timeline-title',
  source: 'story-timeline-source',
} as const

/** The layout's version a writer writes: a change of column or meaning is a new one. */
export const LAYOUT_VERSION = '3'

/**
 * The versions a reader reads: 1 has no names (its actors and categories are named by their ids); 2
 * names the events' actors and categories but not the quotes' speakers; 3 names those too.
 */
export type LayoutVersion = 1 | 2 | 3
const READ_VERSIONS: Readonly<Record<string, LayoutVersion>> = { '1': 1, '2': 2, '3': 3 }

/** A column's kind as the layout needs it: a table column's type, or the list of quotes (named since 3). */
export type LayoutKind = ColumnType | 'quotes' | 'namedQuotes'

/** The column holding each event's quotes, and the fields of each quote, in order (versions 1 and 2). */
export const QUOTES_COLUMN = 'quotes'
export const QUOTE_FIELDS = ['id', 'text', 'speaker'] as const
/** A quote's fields since version 3: its speaker's name beside the speaker's id (null without a speaker). */
export const NAMED_QUOTE_FIELDS = [...QUOTE_FIELDS, 'speaker_name'] as const

/** Version 2's columns of names, each beside the list of ids it names one for one. */
export const NAME_LIST_COLUMNS = [
  { name: 'actor_names', ids: 'actors', facet: 'actor' },
  { name: 'category_names', ids: 'categories', facet: 'category' },
] as const

/** A version's columns, in order: the events table's, the names (since 2), then the quotes. */
export function layoutFileColumns(version: LayoutVersion): ReadonlyArray<{ name: string; kind: LayoutKind }> {
  return [
    ...EVENT_COLUMNS.map((column) => ({ name: column.name, kind: column.type })),
    ...(version >= 2 ? NAME_LIST_COLUMNS.map(({ name }) => ({ name, kind: 'stringList' as const })) : []),
    { name: QUOTES_COLUMN, kind: version >= 3 ? 'namedQuotes' : 'quotes' },
  ]
}

/** The columns a writer writes (the current version's). */
export const LAYOUT_FILE_COLUMNS = layoutFileColumns(3)

const KIND_WORDS: Readonly<Record<LayoutKind, string>> = {
  string: 'text',
  int64: 'a whole number (64 bits)',
  float64: 'a number (double)',
  stringList: 'a list of text',
  quotes: 'a list of quotes {id, text, speaker}',
  namedQuotes: 'a list of quotes {id, text, speaker, speaker_name}',
}

const isLayoutKind = (kind: string): kind is LayoutKind => Object.hasOwn(KIND_WORDS, kind)

export type KeyValue = { key: string; value?: string | undefined }

/** What a Parquet footer says: not a layout file; a layout file and its story's names; or a claim refused. */
export type LayoutClaim =
  | { kind: 'none' }
  | { kind: 'layout'; naming: StoryNaming; version: LayoutVersion }
  | { kind: 'refused'; problem: string }

export function layoutClaim(metadata: readonly KeyValue[]): LayoutClaim {
  const value = (key: string) => metadata.find((entry) => entry.key === key)?.value
  const version = value(LAYOUT_KEYS.layout)
  if (version === undefined) return { kind: 'none' }
  const read = Object.hasOwn(READ_VERSIONS, version) ? READ_VERSIONS[version] : undefined
  if (read === undefined)
    return {
      kind: 'refused',
      problem: `it is in the engine's layout version ${JSON.stringify(version)}; this reader reads versions 1 to ${LAYOUT_VERSION} (make it again with npm run engine:layout)`,
    }
  const title = value(LAYOUT_KEYS.title)
  // An empty title would leave the story nameless on the page, as a missing one would.
  if (title === undefined || title.trim() === '')
    return { kind: 'refused', problem: `its footer names no title (${LAYOUT_KEYS.title})` }
  return {
    kind: 'layout',
    naming: { title, source: value(LAYOUT_KEYS.source) ?? null, named: read >= 2 },
    version: read,
  }
}

/**
 * What is wrong with a layout file's columns, or null: each of the layout's columns must be there
 * with its kind (`found`: each column's kind as the reader reads its type, or the type's own words).
 * Columns beyond the layout's are not read.
 */
export function layoutColumnsProblem(
  found: ReadonlyMap<string, LayoutKind | string>,
  version: LayoutVersion,
): string | null {
  for (const { name, kind } of layoutFileColumns(version)) {
    const has = found.get(name)
    if (has === undefined) return `its column "${name}" is missing (${KIND_WORDS[kind]})`
    if (has !== kind)
      return `its column "${name}" is ${isLayoutKind(has) ? KIND_WORDS[has] : has}, where the layout has ${KIND_WORDS[kind]}`
  }
  return null
}

/** A row (counted from 0 in the file) whose ordinal is not above the row's before, as both readers refuse it. */
export const ordinalOrderWords = (row: number, ordinal: number, before: number): string =>
  `row ${row + 1}, column "ordinal": ${ordinal} is not greater than the row before's ${before}, where the layout has its events in ordinal order`

/** A row (counted from 0 in the file) whose names do not match its ids one for one, as both readers refuse it. */
/** A list cell that is not text throughout (an empty value in it): refused alike by both readers. */
export const notTextListWords = (row: number, column: string) =>
  `row ${row + 1}, column "${column}": not a list of text`

export const namesLengthWords = (row: number, column: string, names: number, ids: string, count: number) =>
  `row ${row + 1}, column "${column}": ${names} names for its ${count} ${ids}, where the layout has one name per id`
