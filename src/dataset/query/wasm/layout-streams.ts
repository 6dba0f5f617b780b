import { type Column, tableFromIPC, tableToIPC } from '@uwdata/flechette'
import type { FileMetaData, ParquetScan, SchemaTree } from 'hyparquet'
import { parquetSchema } from 'hyparquet'
import {
  type LayoutKind,
  type LayoutVersion,
  layoutColumnsProblem,
  NAME_LIST_COLUMNS,
  NAMED_QUOTE_FIELDS,
  namesLengthWords,
  notTextListWords,
  ordinalOrderWords,
  QUOTE_FIELDS,
  QUOTES_COLUMN,
} from '../sql/layout-file'
import { EVENT_COLUMNS, NAME_COLUMNS, QUOTE_COLUMNS } from '../sql/table-layout'
import { arrowStream } from './insert-arrow'
import type { RowGroupReader } from './parquet-row-groups'

// A Parquet file in the engine's own layout (sql/layout-file.ts) read into Arrow streams of the
// tables' own columns: text as text, numbers as numbers, lists as list<utf8>, so the engine appends
// them to its tables as they are (no staging table, no importer's SQL). A row group at a time, by
// ranges: the events' columns decoded by parquet-wasm straight into Arrow (parquet-row-groups.ts)
// and checked in Arrow's buffers (null counts, whole numbers, the ordinals' order); the names
// columns (since version 2) by parquet-wasm too, read as values; the quotes, where the footer says a
// row group has any, by hyparquet, each checked as it is copied (since version 3 with their speakers'
// names). The file is data from outside: a cell of another kind
// is refused, naming its column and row. Runs in parquet-worker.ts.

/** Rows per Arrow stream handed to the engine. */
const ROWS_PER_STREAM = 25_000

export type LayoutStream = {
  table: 'events' | 'quotes' | 'names'
  bytes: Uint8Array
  rowsRead: number
  rows: number
}

/** A column's kind as the layout names it, from hyparquet's schema; any other in its own words. */
function kindOf(node: SchemaTree): LayoutKind | string {
  const { element } = node
  const isText = (leaf: SchemaTree | undefined) =>
    leaf?.children.length === 0 &&
    leaf.element.type === 'BYTE_ARRAY' &&
    (leaf.element.converted_type === 'UTF8' || leaf.element.logical_type?.type === 'STRING')
  if (node.children.length === 0) {
    if (isText(node)) return 'string'
    if (element.type === 'INT64') return 'int64'
    if (element.type === 'DOUBLE') return 'float64'
    return element.type ?? 'an unknown type'
  }
  // A list: a repeated group of one element, itself text or a group of the quote's fields.
  const item = element.converted_type === 'LIST' ? node.children[0]?.children[0] : undefined
  if (item && isText(item)) return 'stringList'
  const fieldsAre = (fields: readonly string[]) =>
    item?.children.length === fields.length &&
    fields.every((field, at) => item.children[at]?.element.name === field && isText(item.children[at]))
  if (fieldsAre(QUOTE_FIELDS)) return 'quotes'
  if (fieldsAre(NAMED_QUOTE_FIELDS)) return 'namedQuotes'
  return element.converted_type === 'LIST' ? 'a list of another type' : 'a group'
}

/** What is wrong with the file's columns for the layout, or null. */
export function layoutSchemaProblem(scan: ParquetScan, version: LayoutVersion): string | null {
  const columns = parquetSchema(scan.metadata).children
  return layoutColumnsProblem(
    new Map(columns.map((column) => [column.element.name, kindOf(column)])),
    version,
  )
}

type Cell = string | number | string[] | null
type Quote = { id: string; text: string; speaker: string | null; speakerName: string | null }

/** Reads one column's cells, each checked to be of its kind (null only where the table allows it). */
class CellReader {
  constructor(
    private readonly column: string,
    private readonly values: ArrayLike<unknown>,
    private readonly rowStart: number,
  ) {}

  private refuse(row: number, what: string): never {
    throw new Error(`row ${this.rowStart + row + 1}, column "${this.column}": ${what}`)
  }

  cell(row: number, kind: LayoutKind, nullable: boolean): Cell {
    const value = this.values[row]
    if (value === null || value === undefined) {
      if (nullable) return null
      return this.refuse(row, 'empty, where the layout needs a value')
    }
    if (kind === 'string' && typeof value === 'string') return value
    if (kind === 'float64' && typeof value === 'number') return value
    // The one whole-number column read here (the events' ordinal, beside their quotes) was checked to
    // be within the page's whole numbers with its row group's events (EventChecks), read before it.
    if (kind === 'int64' && typeof value === 'bigint') return Number(value)
    if (kind === 'stringList' && Array.isArray(value) && value.every((item) => typeof item === 'string'))
      return value
    return this.refuse(row, `not ${kind}`)
  }

  quotes(row: number): Quote[] {
    const value = this.values[row]
    if (value === null || value === undefined) return []
    if (!Array.isArray(value)) return this.refuse(row, 'not a list of quotes')
    return value.map((item: unknown) => {
      if (typeof item !== 'object' || item === null)
        return this.refuse(row, 'a quote is not {id, text, speaker}')
      // A version 2 quote has no speaker_name: undefined, as null.
      const field = (name: (typeof NAMED_QUOTE_FIELDS)[number]): unknown =>
        name in item ? Reflect.get(item, name) : undefined
      const [id, text, speaker, speakerName] = NAMED_QUOTE_FIELDS.map(field)
      const textOrNull = (value: unknown) => value == null || typeof value === 'string'
      if (
        typeof id !== 'string' ||
        typeof text !== 'string' ||
        !textOrNull(speaker) ||
        !textOrNull(speakerName)
      )
        return this.refuse(row, 'a quote without its id or text, or its speaker or their name not text')
      return {
        id,
        text,
        speaker: typeof speaker === 'string' ? speaker : null,
        speakerName: typeof speakerName === 'string' ? speakerName : null,
      }
    })
  }
}

/**
 * The file's events and quotes as Arrow streams of the tables' columns, in the file's (time) order;
 * from a version 2 or 3 file, then its names (each id once, named as the file first names it).
 */
export async function* layoutStreams(
  scan: ParquetScan,
  version: LayoutVersion,
  groups: RowGroupReader,
): AsyncGenerator<LayoutStream> {
  const problem = layoutSchemaProblem(scan, version)
  if (problem) throw new Error(`The file claims the engine's layout, but ${problem}`)
  const names = new Names()
  const rows = Number(scan.metadata.num_rows)
  const check = new EventChecks()
  let quotesSoFar = 0
  let rowStart = 0
  for (const [group, { num_rows }] of scan.metadata.row_groups.entries()) {
    const rowEnd = rowStart + Number(num_rows)
    let rowsRead = rowStart
    // The events' columns by parquet-wasm, as Arrow from the file to the engine.
    for (const read of await groups.read(group, EVENT_COLUMN_NAMES, ROWS_PER_STREAM)) {
      const { bytes, rows: streamRows } = check.batch(read, rowsRead)
      rowsRead += streamRows
      yield { table: 'events', bytes, rowsRead, rows }
    }
    if (version >= 2)
      for (const bytes of await groups.read(group, NAMES_AND_IDS, rowEnd - rowStart || 1))
        names.add(tableFromIPC(bytes, { useBigInt: false }), rowStart)
    // The quotes (rare: an ACLED story has none) by hyparquet, where the footer says there are any.
    if (!withoutQuotes(scan.metadata, rowStart, rowEnd)) {
      const read = new Map<string, CellReader>()
      for (const name of [QUOTES_COLUMN, 'id', 'ordinal'])
        read.set(
          name,
          new CellReader(name, await scan.readColumn({ column: name, rowStart, rowEnd }), rowStart),
        )
      const reader = (name: string) => {
        const cells = read.get(name)
        if (!cells) throw new Error(`column ${name} not read`)
        return cells
      }
      const quotes = quoteRows(reader, 0, rowEnd - rowStart, quotesSoFar, names)
      if (quotes.length > 0) {
        quotesSoFar += quotes.length
        const bytes = arrowStream(QUOTE_COLUMNS, (name) => quotes.map((quote) => quote[name] ?? null))
        yield { table: 'quotes', bytes, rowsRead: rowEnd, rows }
      }
    }
    rowStart = rowEnd
  }
  if (names.rows.length > 0) {
    const bytes = arrowStream(NAME_COLUMNS, (name) => names.rows.map((row) => row[name] ?? null))
    yield { table: 'names', bytes, rowsRead: rows, rows }
  }
}

const EVENT_COLUMN_NAMES = EVENT_COLUMNS.map(({ name }) => name)
const NAMES_AND_IDS = NAME_LIST_COLUMNS.flatMap(({ name, ids }) => [ids, name])

/**
 * Each stream of events checked as it passes, without turning its cells into JavaScript values: no
 * null where the layout needs a value (Arrow's null counts), no null in a list, whole numbers within
 * the page's (exact below 2^53) and the ordinals rising across streams and row groups (the quotes are
 * numbered in file order, which is the service's order only if this holds). The table takes a stream
 * by position: a file whose columns are the layout's in another order (the layout names them; the
 * service reads them by name) has its stream's columns put in the layout's order.
 */
class EventChecks {
  private ordinalBefore: number | null = null

  /** Checks a stream whose first row is the file's `rowStart`: its rows, and its bytes in the layout's column order. */
  batch(bytes: Uint8Array, rowStart: number): { bytes: Uint8Array; rows: number } {
    const table = tableFromIPC(bytes, { useBigInt: true })
    const refuse = (row: number, column: string, what: string): never => {
      throw new Error(`row ${rowStart + row + 1}, column "${column}": ${what}`)
    }
    for (const column of EVENT_COLUMNS) {
      const values = table.getChild(column.name)
      if (!values) return refuse(0, column.name, 'missing')
      if (!('nullable' in column) && values.nullCount > 0)
        refuse(firstNull(values), column.name, 'empty, where the layout needs a value')
      if (column.type === 'stringList')
        for (const part of values.data)
          if (part.children[0]?.nullCount) refuse(0, column.name, 'a list holds an empty value')
      if (column.type === 'int64') this.wholeNumbers(values.toArray(), column.name, rowStart)
    }
    const names = table.schema.fields.map((field) => field.name)
    if (names.join() === EVENT_COLUMN_NAMES.join()) return { bytes, rows: table.numRows }
    // Selected by name: the same columns (their buffers, not their cells) written in the layout's order.
    const ordered = tableToIPC(table.select(EVENT_COLUMN_NAMES), { format: 'stream' })
    if (!ordered) throw new Error('Arrow: no bytes written')
    return { bytes: ordered, rows: table.numRows }
  }

  private wholeNumbers(values: ArrayLike<unknown>, column: string, rowStart: number): void {
    const ordinals = column === 'ordinal'
    for (let row = 0; row < values.length; row++) {
      const value = values[row]
      if (typeof value !== 'bigint') continue
      const number = Number(value)
      // Whole numbers travel as the engine's BIGINT and come back as JavaScript numbers: exact below 2^53.
      if (!Number.isSafeInteger(number))
        throw new Error(
          `row ${rowStart + row + 1}, column "${column}": ${value} is past the page's whole numbers`,
        )
      if (!ordinals) continue
      if (this.ordinalBefore !== null && number <= this.ordinalBefore)
        throw new Error(ordinalOrderWords(rowStart + row, number, this.ordinalBefore))
      this.ordinalBefore = number
    }
  }
}

const firstNull = (values: Column<unknown>): number => {
  for (let row = 0; row < values.length; row++) if (values.at(row) === null) return row
  return 0
}

/**
 * The names columns' names, each facet's id once (the first the file gives), checked one per id; and
 * (version 3) the quotes' speakers' names, after their row group's events' names.
 */
class Names {
  readonly rows: Array<Readonly<Record<string, string>>> = []
  private readonly seen = new Set<string>()

  /** A value's name, unless the file named it before. */
  name(facet: string, id: string, name: string): void {
    const key = `${facet}:${id}`
    if (this.seen.has(key)) return
    this.seen.add(key)
    this.rows.push({ facet, id, name })
  }

  /** A row group's ids and names (`table`, its first row the file's `rowStart`). */
  add(table: { getChild: (name: string) => Column<unknown> | null }, rowStart: number): void {
    for (const { name, ids, facet } of NAME_LIST_COLUMNS) {
      const namesOf = table.getChild(name)
      const idsOf = table.getChild(ids)
      if (!namesOf || !idsOf) throw new Error(`column ${name} or ${ids} not read`)
      for (let row = 0; row < idsOf.length; row++) {
        const named = stringsOf(namesOf.at(row), rowStart + row, name)
        const listed = stringsOf(idsOf.at(row), rowStart + row, ids)
        if (named.length !== listed.length)
          throw new Error(namesLengthWords(rowStart + row, name, named.length, ids, listed.length))
        for (const [at, id] of listed.entries()) this.name(facet, id, named[at] ?? id)
      }
    }
  }
}

/** A list cell's text values (flechette gives a list as an array), or the row refused. */
function stringsOf(value: unknown, row: number, column: string): string[] {
  if (value === null)
    throw new Error(`row ${row + 1}, column "${column}": empty, where the layout needs a value`)
  const strings: string[] = []
  if (Array.isArray(value)) for (const item of value) if (typeof item === 'string') strings.push(item)
  if (!Array.isArray(value) || strings.length !== value.length) throw new Error(notTextListWords(row, column))
  return strings
}

/**
 * Whether the footer says rows `rowStart` to `rowEnd` hold no quote: in each of their row groups,
 * every value of the quotes' id and of their text is null (an empty list is one null there). Assembling
 * a column of empty lists of structs took hyparquet 0.55 s per 122,880 rows, a quarter of reading the
 * layout: an ACLED story has no quotes. Without statistics the column is read. Both fields are looked
 * at: a quote without an id but with text must be read, and refused, not skipped (one whose every
 * field is null is skipped with its row group's empty lists).
 */
function withoutQuotes(metadata: FileMetaData, rowStart: number, rowEnd: number): boolean {
  const paths = ['id', 'text'].map((field) => [QUOTES_COLUMN, 'list', 'element', field].join('.'))
  let groupStart = 0
  for (const group of metadata.row_groups) {
    const groupEnd = groupStart + Number(group.num_rows)
    if (groupEnd > rowStart && groupStart < rowEnd)
      for (const path of paths) {
        const chunk = group.columns.find(
          (candidate) => candidate.meta_data?.path_in_schema.join('.') === path,
        )?.meta_data
        const nulls = chunk?.statistics?.null_count
        if (nulls === undefined || nulls !== chunk?.num_values) return false
      }
    groupStart = groupEnd
  }
  return true
}

/**
 * The quotes table's rows of events `start` to `end`: each event's in their order, numbered on from
 * `first`; their speakers' names given to `names`.
 */
function quoteRows(
  reader: (name: string) => CellReader,
  start: number,
  end: number,
  first: number,
  names: Names,
): Array<Record<string, Cell>> {
  const out: Array<Record<string, Cell>> = []
  for (let row = start; row < end; row++) {
    const quotes = reader(QUOTES_COLUMN).quotes(row)
    if (quotes.length === 0) continue
    const eventId = reader('id').cell(row, 'string', false)
    const eventOrdinal = reader('ordinal').cell(row, 'int64', false)
    for (const quote of quotes) {
      if (quote.speaker !== null && quote.speakerName !== null)
        names.name('actor', quote.speaker, quote.speakerName)
      out.push({
        ordinal: first + out.length,
        id: quote.id,
        event_id: eventId,
        event_ordinal: eventOrdinal,
        text: quote.text,
        speaker: quote.speaker,
      })
    }
  }
  return out
}
