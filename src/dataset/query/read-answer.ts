import type { AnswerOf } from './answers'
import type { QueryDescription, QueryKind, QueryOf } from './query-description'
import { isQueryFacet } from './query-facets'
import {
  type RawRow,
  readEventRow,
  readNullableNumber,
  readNullableString,
  readNumber,
  readPrecision,
  readString,
  readStrings,
} from './sql/raw-rows'

// An answer that crossed a boundary (Arrow from the engine service, a worker's message) read back
// into its kind's rows, each value checked: a wrong type is an error naming the column, never a
// wrong number on screen. `extra` holds what is not a row (a total), as the sender wrote it.

type Readers = {
  [Kind in QueryKind]: (query: QueryOf<Kind>, rows: readonly RawRow[], extra: RawRow) => AnswerOf<Kind>
}

function readFacet(row: RawRow) {
  const facet = readString(row, 'facet')
  if (!isQueryFacet(facet)) throw new Error(`Engine row: facet should be a facet, was ${facet}`)
  return facet
}

const readBinned = (extra: RawRow) => {
  if (typeof extra.binned !== 'boolean') throw new Error('Engine answer: binned should be true or false')
  return extra.binned
}

const readMatching = (extra: RawRow) => {
  if (typeof extra.matching !== 'boolean') throw new Error('Engine answer: matching should be true or false')
  return extra.matching
}

const readBoolean = (row: RawRow, column: string) => {
  const value = row[column]
  if (typeof value !== 'boolean') throw new Error(`Engine row: ${column} should be true or false`)
  return value
}

/** Names given one for each id of a list, in its order: a list of another length is refused. */
const readNamesOf = (row: RawRow, column: string, ids: readonly string[]) => {
  const names = readStrings(row, column)
  if (names.length !== ids.length)
    throw new Error(
      `Engine row: ${column} should name each of its ${ids.length} ids, had ${names.length} names`,
    )
  return names
}

const READERS: Readers = {
  'story-summary': (_query, rows) => ({
    rows: rows.map((row) => ({
      title: readString(row, 'title'),
      source: readNullableString(row, 'source'),
      events: readNumber(row, 'events'),
      quotes: readNumber(row, 'quotes'),
      placed: readNumber(row, 'placed'),
      start: readNullableNumber(row, 'start'),
      end: readNullableNumber(row, 'end'),
      named: readBoolean(row, 'named'),
    })),
  }),
  'facet-counts': (_query, rows) => ({
    rows: rows.map((row) => ({
      facet: readFacet(row),
      value: readString(row, 'value'),
      name: readNullableString(row, 'name'),
      count: readNumber(row, 'count'),
      added: readNullableNumber(row, 'added'),
    })),
  }),
  'period-counts': (query, rows) => ({
    rows: rows.map((row) => {
      const counted = { start: readNumber(row, 'start'), count: readNumber(row, 'count') }
      return query.lanes ? { ...counted, lane: readNullableString(row, 'lane') } : counted
    }),
  }),
  events: (query, rows, extra) => ({
    rows: rows.map((row) => readEventRow(row, query.fields)),
    total: readNumber(extra, 'total'),
  }),
  'map-countries': (_query, rows, extra) => ({
    rows: rows.map((row) => ({ country: readString(row, 'country'), count: readNumber(row, 'count') })),
    placed: readNumber(extra, 'placed'),
    unplaced: readNumber(extra, 'unplaced'),
  }),
  'map-points': (_query, rows, extra) => ({
    rows: rows.map((row) => ({
      id: readNullableString(row, 'id'),
      latitude: readNumber(row, 'latitude'),
      longitude: readNumber(row, 'longitude'),
      count: readNumber(row, 'count'),
    })),
    placed: readNumber(extra, 'placed'),
    binned: readBinned(extra),
  }),
  search: (_query, rows, extra) => ({
    rows: rows.map((row) => readEventRow(row, ['title', 'date', 'precision'])),
    total: readNumber(extra, 'total'),
  }),
  'event-details': (query, rows, extra) => ({
    ...(query.filter ? { matching: readMatching(extra) } : {}),
    rows: rows.map((row) => {
      const actors = readStrings(row, 'actors')
      const categories = readStrings(row, 'categories')
      return {
        id: readString(row, 'id'),
        title: readString(row, 'title'),
        summary: readNullableString(row, 'summary'),
        date: readString(row, 'date'),
        precision: readPrecision(row, 'precision'),
        status: readString(row, 'status'),
        start: readNumber(row, 'start'),
        end: readNumber(row, 'end'),
        countries: readStrings(row, 'countries'),
        actors,
        categories,
        actorNames: readNamesOf(row, 'actorNames', actors),
        categoryNames: readNamesOf(row, 'categoryNames', categories),
        latitude: readNullableNumber(row, 'latitude'),
        longitude: readNullableNumber(row, 'longitude'),
        placeName: readNullableString(row, 'placeName'),
      }
    }),
  }),
  quotes: (_query, rows, extra) => ({
    rows: rows.map((row) => ({
      id: readString(row, 'id'),
      event: readString(row, 'event'),
      text: readString(row, 'text'),
      speaker: readNullableString(row, 'speaker'),
      speakerName: readNullableString(row, 'speakerName'),
    })),
    total: readNumber(extra, 'total'),
  }),
}

/** The answer to `query` from rows named as the answer's fields, and its totals. */
export function readAnswer<Query extends QueryDescription>(
  query: Query,
  rows: readonly RawRow[],
  extra: RawRow,
): AnswerOf<Query['kind']> {
  // The reader looked up by the query's kind takes that kind (a correlated union TypeScript cannot follow).
  const read = READERS[query.kind] as unknown as (
    query: Query,
    rows: readonly RawRow[],
    extra: RawRow,
  ) => AnswerOf<Query['kind']>
  return read(query, rows, extra)
}
