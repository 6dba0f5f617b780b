import { type DuckDBAppender, type DuckDBConnection, DuckDBInstance, LIST, VARCHAR } from '@duckdb/node-api'
import type { Answerer, StoryNaming } from '../../src/dataset/query/answers'
import { DUCKDB } from '../../src/dataset/query/sql/dialects'
import type { RawRow } from '../../src/dataset/query/sql/raw-rows'
import { sqlAnswerer } from '../../src/dataset/query/sql/sql-answerer'
import {
  createTables,
  EVENT_COLUMNS,
  EVENTS_TABLE,
  eventTableRows,
  NAME_COLUMNS,
  NAMES_TABLE,
  nameTableRows,
  QUOTE_COLUMNS,
  QUOTES_TABLE,
  quoteTableRows,
  storyNaming,
} from '../../src/dataset/query/sql/table-layout'
import type { Story } from '../../src/dataset/story-index'

// DuckDB in Node answering query descriptions: for the engine service (serve-engine.ts) and the
// parity tests. Node only (a native binding): the page never imports it (.dependency-cruiser.cjs);
// in the browser, DuckDB-WASM is to answer the same SQL (docs/decisions/query-engine.md).

export type DuckDb = {
  instance: DuckDBInstance
  connection: DuckDBConnection
  /** The loaded story's names, for its summary (set with what is loaded: loadStory gives them). */
  naming: StoryNaming
  answerer: Answerer
  close: () => void
}

/**
 * An answerer over one connection's database (a connection runs one statement at a time). With a
 * signal, an answer stops when it is aborted: the running statement is interrupted, and no further
 * statement of the answer starts (an interrupt between two statements would miss both).
 */
export function duckdbAnswerer(
  connection: DuckDBConnection,
  naming: StoryNaming,
  signal?: AbortSignal,
): Answerer {
  signal?.addEventListener('abort', () => connection.interrupt(), { once: true })
  const run = async (sql: string): Promise<readonly RawRow[]> => {
    signal?.throwIfAborted()
    const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS()
    signal?.throwIfAborted()
    return rows
  }
  return sqlAnswerer(run, DUCKDB, naming)
}

/** A DuckDB database in memory, with an answerer over its events and quotes tables. */
export async function openDuckDb(options: { threads?: number } = {}): Promise<DuckDb> {
  const instance = await DuckDBInstance.create(':memory:', { threads: String(options.threads ?? 2) })
  const connection = await instance.connect()
  const duckdb: DuckDb = {
    instance,
    connection,
    naming: { title: '', source: null, named: true },
    // The names read when asked: what is loaded after the database opens sets them.
    answerer: { answer: (query) => duckdbAnswerer(connection, duckdb.naming).answer(query) },
    close: () => {
      connection.closeSync()
      instance.closeSync()
    },
  }
  return duckdb
}

/** The story's events and quotes, as the table layout says, in new tables; its names for its summary. */
export async function loadStory(connection: DuckDBConnection, story: Story): Promise<StoryNaming> {
  for (const statement of createTables(DUCKDB)) await connection.run(statement)
  await append(connection, EVENTS_TABLE, EVENT_COLUMNS, eventTableRows(story))
  await append(connection, QUOTES_TABLE, QUOTE_COLUMNS, quoteTableRows(story))
  await append(connection, NAMES_TABLE, NAME_COLUMNS, nameTableRows(story))
  return storyNaming(story)
}

type Column = (typeof EVENT_COLUMNS)[number] | (typeof QUOTE_COLUMNS)[number] | (typeof NAME_COLUMNS)[number]

async function append<Row extends object>(
  connection: DuckDBConnection,
  table: string,
  columns: readonly Column[],
  rows: readonly Row[],
): Promise<void> {
  const appender = await connection.createAppender(table)
  for (const row of rows) {
    const values = new Map<string, unknown>(Object.entries(row))
    for (const column of columns) appendValue(appender, column, values.get(column.name))
    appender.endRow()
  }
  appender.closeSync()
}

function appendValue(appender: DuckDBAppender, column: Column, value: unknown): void {
  if (value === null || value === undefined) {
    if (!('nullable' in column)) throw new Error(`${column.name} has no value`)
    appender.appendNull()
  } else if (column.type === 'string' && typeof value === 'string') appender.appendVarchar(value)
  else if (column.type === 'int64' && typeof value === 'number' && Number.isSafeInteger(value))
    appender.appendBigInt(BigInt(value))
  else if (column.type === 'float64' && typeof value === 'number') appender.appendDouble(value)
  else if (
    column.type === 'stringList' &&
    Array.isArray(value) &&
    value.every((item) => typeof item === 'string')
  )
    appender.appendList(value, LIST(VARCHAR))
  else throw new Error(`${column.name} cannot hold ${typeof value} ${String(value)}`)
}
