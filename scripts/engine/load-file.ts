import { readFile } from 'node:fs/promises'
import type { DuckDBConnection } from '@duckdb/node-api'
import { readCountry } from '../../src/dataset/import/values/read-country'
import { type AcledCountry, acledStatements } from '../../src/dataset/query/sql/acled-layout'
import { DUCKDB } from '../../src/dataset/query/sql/dialects'
import {
  createTables,
  EVENT_COLUMNS,
  EVENTS_TABLE,
  QUOTES_TABLE,
} from '../../src/dataset/query/sql/table-layout'
import { indexStory } from '../../src/dataset/story-index'
import { validateDataset } from '../../src/dataset/validate/validate-dataset'
import { loadStory } from './duckdb-answerer'

// A file into the engine's tables (src/dataset/query/sql/table-layout.ts), by what it holds:
// - a Story Timeline dataset (.json): validated and indexed as the page does, then appended;
// - a Parquet file already in the layout (its columns named as the events table's);
// - an ACLED export (CSV or Parquet, `event_id_cnty` and `event_date` among its columns): read by
//   DuckDB's own readers and turned into the layout in SQL (src/dataset/query/sql/acled-layout.ts).

export type LoadedFile = { events: number; quotes: number; kind: 'dataset' | 'layout' | 'acled' }

/** A path as a DuckDB reader of its kind. */
function readerOf(path: string): string {
  const literal = DUCKDB.stringLiteral(path)
  if (/\.parquet$/i.test(path)) return `read_parquet(${literal})`
  if (/\.(csv|tsv|txt)$/i.test(path)) return `read_csv(${literal}, header = true, all_varchar = true)`
  throw new Error(`${path}: a .json dataset, or a .csv, .tsv or .parquet file`)
}

async function count(connection: DuckDBConnection, table: string): Promise<number> {
  const rows = (await connection.runAndReadAll(`SELECT count(*) AS n FROM ${table}`)).getRowObjectsJS()
  return Number(rows[0]?.n ?? 0)
}

export async function loadFile(connection: DuckDBConnection, path: string): Promise<LoadedFile> {
  const kind = await loadByKind(connection, path)
  return {
    events: await count(connection, EVENTS_TABLE),
    quotes: await count(connection, QUOTES_TABLE),
    kind,
  }
}

async function loadByKind(connection: DuckDBConnection, path: string): Promise<LoadedFile['kind']> {
  if (/\.json$/i.test(path)) {
    const result = validateDataset(JSON.parse(await readFile(path, 'utf8')))
    if (!result.ok)
      throw new Error(`${path} is not a valid Story Timeline dataset: ${JSON.stringify(result.issues[0])}`)
    await loadStory(connection, indexStory(result.dataset))
    return 'dataset'
  }
  const reader = readerOf(path)
  const described = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${reader}`)).getRowObjectsJS()
  const columns = new Set(described.map((row) => String(row.column_name)))
  // The layout's lists need Parquet (a CSV has no lists); its columns are cast to the table's types.
  if (/\.parquet$/i.test(path) && EVENT_COLUMNS.every((column) => columns.has(column.name))) {
    for (const statement of createTables(DUCKDB)) await connection.run(statement)
    const names = EVENT_COLUMNS.map((column) => column.name).join(', ')
    await connection.run(`INSERT INTO ${EVENTS_TABLE} SELECT ${names} FROM ${reader}`)
    return 'layout'
  }
  if (columns.has('event_id_cnty') && columns.has('event_date')) {
    const named = columns.has('country') ? await acledCountries(connection, reader) : []
    for (const statement of acledStatements(reader, columns, named)) await connection.run(statement)
    return 'acled'
  }
  throw new Error(
    `${path}: neither a Parquet file in the engine's layout (${EVENT_COLUMNS.map((column) => column.name).join(', ')}) nor an ACLED export (event_id_cnty, event_date…); its columns: ${[...columns].slice(0, 12).join(', ')}`,
  )
}

/** The countries an ACLED export names, each read as the importer reads a country (read-country.ts). */
async function acledCountries(connection: DuckDBConnection, reader: string): Promise<AcledCountry[]> {
  const rows = (
    await connection.runAndReadAll(
      `SELECT DISTINCT nullif(trim(CAST(country AS VARCHAR)), '') AS name FROM ${reader} WHERE name IS NOT NULL`,
    )
  ).getRowObjectsJS()
  return rows.flatMap((row) => {
    const name = String(row.name)
    const { code } = readCountry(name, false)
    return code ? [{ name, code }] : []
  })
}
