import {
  bool,
  type DataType,
  float64,
  int32,
  list,
  tableFromArrays,
  tableFromIPC,
  tableToIPC,
  utf8,
} from '@uwdata/flechette'
import type { Answer, AnswerOf } from './answers'
import type { QueryDescription } from './query-description'
import { readAnswer } from './read-answer'
import type { RawRow } from './sql/raw-rows'

// An answer as Apache Arrow IPC (a stream): its rows as columns, typed (instants as float64, exact
// for whole milliseconds; counts as int32; lists of strings as list<utf8>), and what is not a row
// (a total, how many events are placed) as the schema's metadata under ANSWER_METADATA, as JSON.

export const ANSWER_METADATA = 'story-timeline:answer'
export const ARROW_STREAM = 'application/vnd.apache.arrow.stream'

const text = utf8()
const texts = list(utf8())
const count = int32()
const instant = float64()

const EVENT_FIELD_TYPES: Readonly<Record<string, DataType>> = {
  title: text,
  date: text,
  precision: text,
  status: text,
  countries: texts,
  actors: texts,
  categories: texts,
  latitude: float64(),
  longitude: float64(),
}

/** Each kind's columns, in order, with their types (an empty answer has its columns too). */
function columnsOf(query: QueryDescription): Array<[string, DataType]> {
  switch (query.kind) {
    case 'story-summary':
      return [
        ['title', text],
        ['source', text],
        ['events', float64()],
        ['quotes', float64()],
        ['placed', float64()],
        ['start', instant],
        ['end', instant],
        ['named', bool()],
      ]
    case 'facet-counts':
      return [
        ['facet', text],
        ['value', text],
        ['name', text],
        ['count', count],
        ['added', count],
      ]
    case 'period-counts':
      return [
        ['start', instant],
        ['count', count],
        ...(query.lanes ? [['lane', text] as [string, DataType]] : []),
      ]
    case 'events':
    case 'search': {
      const fields = query.kind === 'events' ? query.fields : ['title', 'date', 'precision']
      return [
        ['id', text],
        ['start', instant],
        ['end', instant],
        ...fields.map((field): [string, DataType] => [field, EVENT_FIELD_TYPES[field] ?? text]),
      ]
    }
    case 'map-countries':
      return [
        ['country', text],
        ['count', count],
      ]
    case 'map-points':
      return [
        ['id', text],
        ['latitude', float64()],
        ['longitude', float64()],
        ['count', count],
      ]
    case 'event-details':
      return [
        ['id', text],
        ['title', text],
        ['summary', text],
        ['date', text],
        ['precision', text],
        ['status', text],
        ['start', instant],
        ['end', instant],
        ['countries', texts],
        ['actors', texts],
        ['categories', texts],
        ['actorNames', texts],
        ['categoryNames', texts],
        ['latitude', float64()],
        ['longitude', float64()],
        ['placeName', text],
      ]
    case 'quotes':
      return [
        ['id', text],
        ['event', text],
        ['text', text],
        ['speaker', text],
        ['speakerName', text],
      ]
  }
}

/** The answer's Arrow IPC stream. */
export function answerToArrow(query: QueryDescription, answer: Answer): Uint8Array {
  const { rows, ...rest } = answer
  const records: ReadonlyArray<Readonly<Record<string, unknown>>> = rows
  const columns = columnsOf(query)
  const table = tableFromArrays(
    Object.fromEntries(columns.map(([name]) => [name, records.map((row) => row[name] ?? null)])),
    { types: Object.fromEntries(columns) },
  )
  table.schema.metadata = new Map([[ANSWER_METADATA, JSON.stringify(rest)]])
  const bytes = tableToIPC(table, { format: 'stream' })
  // tableToIPC gives null only when writing to a sink of its own; none is given here.
  if (!bytes) throw new Error('Arrow encoding gave no bytes')
  return bytes
}

/** An answer read back from its Arrow IPC stream, every value checked (read-answer.ts). */
export function arrowToAnswer<Query extends QueryDescription>(
  query: Query,
  bytes: Uint8Array,
): AnswerOf<Query['kind']> {
  const table = tableFromIPC(bytes)
  const extra = totalsOf(table.schema.metadata?.get(ANSWER_METADATA) ?? '{}')
  // Lists arrive as arrays or array-likes of their values: made plain arrays for the readers.
  const rows: RawRow[] = table
    .toArray()
    .map((row: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(row).map(([name, value]) => [name, isListLike(value) ? Array.from(value) : value]),
      ),
    )
  return readAnswer(query, rows, extra)
}

const isListLike = (value: unknown): value is ArrayLike<unknown> =>
  typeof value === 'object' && value !== null && 'length' in value && typeof value.length === 'number'

/** The answer's totals from its metadata: an object of named values. */
function totalsOf(json: string): RawRow {
  const parsed: unknown = JSON.parse(json)
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error('Engine answer: its totals should be an object')
  return Object.fromEntries(Object.entries(parsed))
}
