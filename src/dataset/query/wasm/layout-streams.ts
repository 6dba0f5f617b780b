import type { FileMetaData, ParquetScan, SchemaTree } from 'hyparquet'
import { parquetSchema } from 'hyparquet'
import {
  type LayoutKind,
  type LayoutVersion,
  layoutColumnsProblem,
  layoutFileColumns,
  NAME_LIST_COLUMNS,
  namesLengthWords,
  ordinalOrderWords,
  QUOTE_FIELDS,
  QUOTES_COLUMN,
} from '../sql/layout-file'
import { EVENT_COLUMNS, NAME_COLUMNS, QUOTE_COLUMNS } from '../sql/table-layout'
import { arrowStream } from './insert-arrow'

// A Parquet file in the engine's own layout (sql/layout-file.ts) read by hyparquet into Arrow
// streams of the tables' own columns: text as text, numbers as numbers, lists as list<utf8>, so the
// engine appends them to its tables as they are (no staging table, no importer's SQL). A row group's
// columns at a time, by ranges; each value checked as it is copied (a file is data from outside: a
// cell of another type is refused, naming its column and row). Runs in parquet-worker.ts.

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
  if (
    item &&
    item.children.length === QUOTE_FIELDS.length &&
    QUOTE_FIELDS.every((field, at) => item.children[at]?.element.name === field && isText(item.children[at]))
  )
    return 'quotes'
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
type Quote = { id: string; text: string; speaker: string | null }

/** Reads one column's cells, each checked to be of its kind (null only where the table allows it). */
class CellReader {
  constructor(
    private readonly column: string,
    private readonly values: ArrayLike<unknown>,
    private readonly rowStart: number,
  ) {}

  /** A row of this reader's as counted in the file (from 0). */
  rowOf(row: number): number {
    return this.rowStart + row
  }

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
    if (kind === 'int64' && typeof value === 'bigint') {
      const number = Number(value)
      // Whole numbers travel as float64 (insert-arrow.ts): exact below 2^53, as the page holds them.
      if (!Number.isSafeInteger(number)) this.refuse(row, `${value} is past the page's whole numbers`)
      return number
    }
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
      const field = (name: (typeof QUOTE_FIELDS)[number]): unknown =>
        name in item ? Reflect.get(item, name) : undefined
      const [id, text, speaker] = QUOTE_FIELDS.map(field)
      if (
        typeof id !== 'string' ||
        typeof text !== 'string' ||
        !(speaker == null || typeof speaker === 'string')
      )
        return this.refuse(row, 'a quote without its id or text, or its speaker not text')
      return { id, text, speaker: speaker ?? null }
    })
  }
}

/**
 * The file's events and quotes as Arrow streams of the tables' columns, in the file's (time) order;
 * from a version 2 file, then its names (each id once, named as the file first names it).
 */
export async function* layoutStreams(
  scan: ParquetScan,
  version: LayoutVersion,
): AsyncGenerator<LayoutStream> {
  const problem = layoutSchemaProblem(scan, version)
  if (problem) throw new Error(`The file claims the engine's layout, but ${problem}`)
  const names = new Names()
  const rows = Number(scan.metadata.num_rows)
  let quotesSoFar = 0
  // The layout's events are in ordinal order, carried across streams and row groups: the quotes are
  // numbered in file order, which is the service's order only if this holds.
  let ordinalBefore: number | null = null
  for (const { rowStart, rowEnd } of scan.ranges) {
    const read = new Map<string, CellReader>()
    const quoteless = withoutQuotes(scan.metadata, rowStart, rowEnd)
    for (const { name } of layoutFileColumns(version)) {
      const values =
        name === QUOTES_COLUMN && quoteless
          ? new Array<null>(rowEnd - rowStart).fill(null)
          : await scan.readColumn({ column: name, rowStart, rowEnd })
      read.set(name, new CellReader(name, values, rowStart))
    }
    const reader = (name: string) => {
      const cells = read.get(name)
      if (!cells) throw new Error(`column ${name} not read`)
      return cells
    }
    for (let start = 0; start < rowEnd - rowStart; start += ROWS_PER_STREAM) {
      const end = Math.min(start + ROWS_PER_STREAM, rowEnd - rowStart)
      const ordinals = reader('ordinal')
      for (let row = start; row < end; row++) {
        const ordinal = ordinals.cell(row, 'int64', false)
        if (typeof ordinal !== 'number') continue
        if (ordinalBefore !== null && ordinal <= ordinalBefore)
          throw new Error(ordinalOrderWords(rowStart + row, ordinal, ordinalBefore))
        ordinalBefore = ordinal
      }
      const events = arrowStream(EVENT_COLUMNS, (name) => {
        const column = EVENT_COLUMNS.find((candidate) => candidate.name === name)
        if (!column) throw new Error(`no column ${name}`)
        const cells: Cell[] = []
        const nullable = 'nullable' in column
        const values = reader(name)
        for (let row = start; row < end; row++) cells.push(values.cell(row, column.type, nullable))
        return cells
      })
      if (version >= 2) names.add(reader, start, end)
      yield { table: 'events', bytes: events, rowsRead: rowStart + end, rows }
      const quotes = quoteRows(reader, start, end, quotesSoFar)
      if (quotes.length > 0) {
        quotesSoFar += quotes.length
        const bytes = arrowStream(QUOTE_COLUMNS, (name) => quotes.map((quote) => quote[name] ?? null))
        yield { table: 'quotes', bytes, rowsRead: rowStart + end, rows }
      }
    }
  }
  if (names.rows.length > 0) {
    const bytes = arrowStream(NAME_COLUMNS, (name) => names.rows.map((row) => row[name] ?? null))
    yield { table: 'names', bytes, rowsRead: rows, rows }
  }
}

/** The names columns' names, each facet's id once (the first the file gives), checked one per id. */
class Names {
  readonly rows: Array<Readonly<Record<string, string>>> = []
  private readonly seen = new Set<string>()

  add(reader: (name: string) => CellReader, start: number, end: number): void {
    for (const { name, ids, facet } of NAME_LIST_COLUMNS) {
      const namesOf = reader(name)
      const idsOf = reader(ids)
      for (let row = start; row < end; row++) {
        const named = namesOf.cell(row, 'stringList', false)
        const listed = idsOf.cell(row, 'stringList', false)
        if (!Array.isArray(named) || !Array.isArray(listed)) continue
        if (named.length !== listed.length)
          throw new Error(namesLengthWords(namesOf.rowOf(row), name, named.length, ids, listed.length))
        listed.forEach((id, at) => {
          const key = `${facet}:${id}`
          if (this.seen.has(key)) return
          this.seen.add(key)
          this.rows.push({ facet, id, name: named[at] ?? id })
        })
      }
    }
  }
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

/** The quotes table's rows of events `start` to `end`: each event's in their order, numbered on from `first`. */
function quoteRows(
  reader: (name: string) => CellReader,
  start: number,
  end: number,
  first: number,
): Array<Record<string, Cell>> {
  const out: Array<Record<string, Cell>> = []
  for (let row = start; row < end; row++) {
    const quotes = reader(QUOTES_COLUMN).quotes(row)
    if (quotes.length === 0) continue
    const eventId = reader('id').cell(row, 'string', false)
    const eventOrdinal = reader('ordinal').cell(row, 'int64', false)
    for (const quote of quotes)
      out.push({
        ordinal: first + out.length,
        id: quote.id,
        event_id: eventId,
        event_ordinal: eventOrdinal,
        text: quote.text,
        speaker: quote.speaker,
      })
  }
  return out
}
