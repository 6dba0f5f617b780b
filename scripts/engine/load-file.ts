import { readFile } from 'node:fs/promises'
import type { DuckDBConnection } from '@duckdb/node-api'
import countries from 'i18n-iso-countries'
import { COUNTRY_NAMES } from '../../src/dataset/format/country-names'
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
//   DuckDB's own readers and turned into the layout in SQL, as the app's importer reads ACLED (ids,
//   titles "Armed clash in Kharkiv", time_precision 2 as approximate and 3 as the month, countries
//   by ISO number, both sides and their associates as actors, tags and event and sub-event types as
//   categories), held to it by acled-import-parity.test.ts.

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
    await loadAcled(connection, reader)
    return 'acled'
  }
  throw new Error(
    `${path}: neither a Parquet file in the engine's layout (${EVENT_COLUMNS.map((column) => column.name).join(', ')}) nor an ACLED export (event_id_cnty, event_date…); its columns: ${[...columns].slice(0, 12).join(', ')}`,
  )
}

/** A name as the app's ids are made of names (format/slug.ts): "Protesters (Georgia)" → "protesters-georgia". */
const slugSql = (expression: string) =>
  `rtrim(left(trim(regexp_replace(lower(strip_accents(replace(replace(${expression}, '''', ''), '’', ''))), '[^a-z0-9]+', '-', 'g'), '-'), 80), '-')`

async function loadAcled(connection: DuckDBConnection, reader: string): Promise<void> {
  // Countries by ACLED's ISO number, falling back on the name, as the importer finds them.
  // Each value once, first place kept (DuckDB's list_distinct does not keep the order).
  await connection.run(
    'CREATE TEMP MACRO list_distinct_in_order(items) AS list_filter(items, lambda item, place: list_position(items, item) = place)',
  )
  await connection.run('CREATE TEMP TABLE country_codes (numeric INTEGER, name VARCHAR, code VARCHAR)')
  const values = Object.entries(COUNTRY_NAMES).map(([code, name]) => {
    const numeric = Number(countries.alpha2ToNumeric(code))
    return `(${Number.isInteger(numeric) ? numeric : 'NULL'}, ${DUCKDB.stringLiteral(name.toLowerCase())}, ${DUCKDB.stringLiteral(code)})`
  })
  await connection.run(`INSERT INTO country_codes VALUES ${values.join(', ')}`)
  for (const statement of createTables(DUCKDB)) await connection.run(statement)
  const text = (column: string) => `nullif(trim(CAST(${column} AS VARCHAR)), '')`
  const title = `concat_ws(' in ', coalesce(${text('sub_event_type')}, ${text('event_type')}), ${text('location')})`
  await connection.run(
    `INSERT INTO ${EVENTS_TABLE} SELECT row_number() OVER (ORDER BY start_ms, end_ms, file_row) - 1, id, title, summary, date, precision, start_ms, end_ms, 'occurred', countries, actors, categories, latitude, longitude, place_name, ${DUCKDB.foldedText("concat_ws(' ', title, summary)")}
     FROM (
       SELECT *,
         epoch_ms(CAST(CASE WHEN months THEN date_trunc('month', day) ELSE day END AS TIMESTAMP)) AS start_ms,
         epoch_ms(CAST(CASE WHEN months THEN date_trunc('month', day) + INTERVAL 1 MONTH ELSE day + INTERVAL 1 DAY END AS TIMESTAMP)) - 1 AS end_ms,
         CASE WHEN months THEN strftime(day, '%Y-%m') WHEN approximate THEN strftime(day, '%Y-%m-%d') || '~' ELSE strftime(day, '%Y-%m-%d') END AS date,
         CASE WHEN months THEN 'month' ELSE 'day' END AS precision
       FROM (
         SELECT src.*,
           lower(${text('event_id_cnty')}) AS id,
           ${title} AS title,
           ${text('notes')} AS summary,
           CAST(coalesce(try_strptime(${text('event_date')}, '%d %B %Y'), try_strptime(${text('event_date')}, '%Y-%m-%d')) AS DATE) AS day,
           coalesce(${text('time_precision')}, '1') = '3' AS months,
           coalesce(${text('time_precision')}, '1') = '2' AS approximate,
           list_filter([coalesce(by_number.code, by_name.code)], (code) -> code IS NOT NULL) AS countries,
           list_filter([${slugSql(text('actor1'))}, ${slugSql(text('assoc_actor_1'))}, ${slugSql(text('actor2'))}, ${slugSql(text('assoc_actor_2'))}], (actor) -> actor IS NOT NULL AND actor <> '') AS actors,
           list_distinct_in_order(list_filter(list_concat(list_transform(string_split(coalesce(${text('tags')}, ''), ';'), (tag) -> ${slugSql('trim(tag)')}), [${slugSql(text('event_type'))}, ${slugSql(text('sub_event_type'))}]), (category) -> category IS NOT NULL AND category <> '')) AS categories,
           TRY_CAST(${text('latitude')} AS DOUBLE) AS latitude,
           TRY_CAST(${text('longitude')} AS DOUBLE) AS longitude,
           ${text('location')} AS place_name
         FROM (SELECT *, row_number() OVER () AS file_row FROM ${reader}) AS src
         LEFT JOIN country_codes AS by_number ON by_number.numeric = TRY_CAST(${text('src.iso')} AS INTEGER)
         LEFT JOIN country_codes AS by_name ON by_name.name = lower(${text('src.country')})
       ) AS read
       WHERE day IS NOT NULL
     ) AS dated`,
  )
}
