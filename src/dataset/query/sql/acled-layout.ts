import { type Dialect, DUCKDB } from './dialects'
import { createTables, EVENTS_TABLE } from './table-layout'

// An ACLED export, as DuckDB's own reader gives it (CSV or Parquet), into the engine's tables, read
// as the app's importer reads ACLED (import/sheet/): ids from event_id_cnty, titles "Armed clash in
// Kharkiv", dates at their precision (time_precision 2 approximate, 3 the month), countries by name
// as the importer reads them, both sides and their associates as actors (ids as format/slug.ts makes
// them), tags and event and sub-event types as categories. Held to the importer by
// scripts/engine/acled-import-parity.test.ts. DuckDB's SQL: the Node service and, next, the page's
// DuckDB-WASM worker run it.

/**
 * A country as the export names it, and its alpha-2 code as the importer reads that name
 * (import/values/read-country.ts, run by the caller over the file's distinct names: the importer reads
 * ACLED's `country`, not its `iso`).
 */
export type AcledCountry = { name: string; code: string }

/** The columns read, where the export has them (older exports lack some: `tags`, `assoc_actor_1`). */
const READ = [
  'event_id_cnty',
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'ally_actor_1',
  'actor2',
  'assoc_actor_2',
  'ally_actor_2',
  'country',
  'location',
  'latitude',
  'longitude',
  'notes',
  'tags',
] as const

/** A name as the app's ids are made of names (format/slug.ts): "Protesters (Georgia)" → "protesters-georgia". */
const slugSql = (expression: string) =>
  `rtrim(left(trim(regexp_replace(lower(strip_accents(replace(replace(${expression}, '''', ''), '’', ''))), '[^a-z0-9]+', '-', 'g'), '-'), 80), '-')`

/** Dates as ACLED's exports have written them: "24 February 2022", "2022-02-24", "24-Feb-22". */
const DATE_FORMATS = ['%d %B %Y', '%Y-%m-%d', '%d-%b-%y']

/**
 * The statements that fill the events table (made here too) from `reader` (a DuckDB table function
 * call, `read_csv(…)`), given the columns the file has and the countries to recognise.
 */
export function acledStatements(
  reader: string,
  has: ReadonlySet<string>,
  countries: readonly AcledCountry[],
): string[] {
  const dialect: Dialect = DUCKDB
  const text = (column: (typeof READ)[number]) =>
    has.has(column) ? `nullif(trim(CAST(src.${column} AS VARCHAR)), '')` : 'CAST(NULL AS VARCHAR)'
  const day = `CAST(coalesce(${DATE_FORMATS.map((format) => `try_strptime(${text('event_date')}, '${format}')`).join(', ')}) AS DATE)`
  const precision = `coalesce(${text('time_precision')}, '1')`
  const countryValues = countries
    .map(({ name, code }) => `(${dialect.stringLiteral(name)}, ${dialect.stringLiteral(code)})`)
    .join(', ')
  // The sides and their associates (older exports call them allies), each cell a list split on ";".
  const sides: ReadonlyArray<(typeof READ)[number]> = [
    'actor1',
    has.has('assoc_actor_1') ? 'assoc_actor_1' : 'ally_actor_1',
    'actor2',
    has.has('assoc_actor_2') ? 'assoc_actor_2' : 'ally_actor_2',
  ]
  const actorLists = sides.map(
    (column) =>
      `list_transform(string_split(coalesce(${text(column)}, ''), ';'), (name) -> ${slugSql('trim(name)')})`,
  )
  return [
    // Each value once, first place kept (DuckDB's list_distinct does not keep the order).
    'CREATE OR REPLACE TEMP MACRO list_distinct_in_order(items) AS list_filter(items, lambda item, place: list_position(items, item) = place)',
    'CREATE OR REPLACE TEMP TABLE acled_countries (name VARCHAR, code VARCHAR)',
    ...(countries.length ? [`INSERT INTO acled_countries VALUES ${countryValues}`] : []),
    ...createTables(dialect),
    `INSERT INTO ${EVENTS_TABLE}
     SELECT row_number() OVER (ORDER BY start_ms, end_ms, file_row) - 1,
       -- Ids made unique as the importer makes them (format/slug.ts uniqueIds): a second "x" is "x-2".
       CASE WHEN id_rank = 1 THEN base_id ELSE base_id || '-' || id_rank END, title, summary, date, precision, start_ms, end_ms,
       'occurred', countries, actors, categories, latitude, longitude, place_name, ${dialect.foldedText("concat_ws(' ', title, summary)")}
     FROM (
       SELECT *,
         row_number() OVER (PARTITION BY base_id ORDER BY file_row) AS id_rank,
         epoch_ms(CAST(CASE WHEN months THEN date_trunc('month', day) ELSE day END AS TIMESTAMP)) AS start_ms,
         epoch_ms(CAST(CASE WHEN months THEN date_trunc('month', day) + INTERVAL 1 MONTH ELSE day + INTERVAL 1 DAY END AS TIMESTAMP)) - 1 AS end_ms,
         CASE WHEN months THEN strftime(day, '%Y-%m') WHEN approximate THEN strftime(day, '%Y-%m-%d') || '~' ELSE strftime(day, '%Y-%m-%d') END AS date,
         CASE WHEN months THEN 'month' ELSE 'day' END AS precision
       FROM (
         SELECT src.file_row,
           concat_ws(' in ', coalesce(${text('sub_event_type')}, ${text('event_type')}), ${text('location')}) AS title,
           -- Its id, or where it has none its title, as a slug (the importer's).
           coalesce(nullif(${slugSql(`coalesce(${text('event_id_cnty')}, title)`)}, ''), 'event') AS base_id,
           ${text('notes')} AS summary,
           ${day} AS day,
           ${precision} = '3' AS months,
           ${precision} = '2' AS approximate,
           list_filter([by_name.code], (code) -> code IS NOT NULL) AS countries,
           list_distinct_in_order(list_filter(list_concat(${actorLists.join(', ')}), (actor) -> actor <> '')) AS actors,
           list_distinct_in_order(list_filter(list_concat(
             list_transform(string_split(coalesce(${text('tags')}, ''), ';'), (tag) -> ${slugSql('trim(tag)')}),
             [${slugSql(text('event_type'))}, ${slugSql(text('sub_event_type'))}]
           ), (category) -> category IS NOT NULL AND category <> '')) AS categories,
           TRY_CAST(${text('latitude')} AS DOUBLE) AS latitude,
           TRY_CAST(${text('longitude')} AS DOUBLE) AS longitude,
           ${text('location')} AS place_name
         FROM (SELECT *, row_number() OVER () AS file_row FROM ${reader}) AS src
         LEFT JOIN acled_countries AS by_name ON by_name.name = ${text('country')}
       ) AS read
       WHERE day IS NOT NULL
     ) AS dated`,
  ]
}
