import { type DataType, float64, int32, list, tableFromArrays, tableToIPC, utf8 } from '@uwdata/flechette'
import type { Answer } from '../../src/dataset/query/answers'
import type { QueryDescription } from '../../src/dataset/query/query-description'

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
    case 'facet-counts':
      return [
        ['facet', text],
        ['value', text],
        ['count', count],
        ['added', count],
      ]
    case 'period-counts':
      return [
        ['start', instant],
        ['count', count],
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
