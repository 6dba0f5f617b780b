import type { Story } from '../../story-index'
import { DUCKDB } from '../sql/dialects'
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
} from '../sql/table-layout'
import { arrowStream, insertArrow } from './insert-arrow'
import type { WasmEngine } from './start-engine'

// A story the app's importers have read (any format, through the mapping step or not) into the
// engine's tables, as table-layout.ts lays them out: the same rows DuckDB in Node is given.

export async function loadStoryIntoEngine(engine: WasmEngine, story: Story): Promise<void> {
  for (const statement of createTables(DUCKDB)) await engine.run(statement)
  await copyRows(engine, EVENTS_TABLE, EVENT_COLUMNS, eventTableRows(story))
  await copyRows(engine, QUOTES_TABLE, QUOTE_COLUMNS, quoteTableRows(story))
  await copyRows(engine, NAMES_TABLE, NAME_COLUMNS, nameTableRows(story))
}

/** Rows through a staging table of the stream's own types into the layout's table (its casts). */
async function copyRows(
  engine: WasmEngine,
  table: string,
  columns: typeof EVENT_COLUMNS | typeof QUOTE_COLUMNS | typeof NAME_COLUMNS,
  rows: ReadonlyArray<Readonly<Record<string, unknown>>>,
): Promise<void> {
  if (rows.length === 0) return
  const staged = `${table}_arriving`
  const bytes = arrowStream(columns, (name) => rows.map((row) => row[name] ?? null))
  await insertArrow(engine, staged, bytes, true)
  const names = columns.map((column) => column.name).join(', ')
  await engine.run(`INSERT INTO ${table} SELECT ${names} FROM ${staged}`)
  await engine.run(`DROP TABLE ${staged}`)
}
