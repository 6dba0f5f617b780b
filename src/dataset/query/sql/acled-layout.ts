import { type Dialect, DUCKDB } from './dialects'
import { createTables, EVENTS_TABLE, NAMES_TABLE } from './table-layout'

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
 *
 * The file is read once into a table of the columns used. Actors and categories are names made into
 * ids (a regular expression each): a million rows name a few tens of thousands of actors, so each
 * name is made an id once and the rows take theirs by a join (the whole load ~2× faster). The names
 * are kept too, in the names table, each id's as the file first writes it.
 */
export function acledStatements(
  reader: string,
  has: ReadonlySet<string>,
  countries: readonly AcledCountry[],
): string[] {
  const dialect: Dialect = DUCKDB
  const text = (column: (typeof READ)[number]) =>
    has.has(column) ? `nullif(trim(CAST(src.${column} AS VARCHAR)), '')` : 'CAST(NULL AS VARCHAR)'
  const day = `CAST(coalesce(${DATE_FORMATS.map((format) => `try_strptime(event_date, '${format}')`).join(', ')}) AS DATE)`
  const countryValues = countries
    .map(({ name, code }) => `(${dialect.stringLiteral(name)}, ${dialect.stringLiteral(code)})`)
    .join(', ')
  // The sides and their associates (older exports call them allies), each cell a list split on ";",
  // in this order; then the tags, the event type and the sub-event type as categories.
  const sides = [
    'actor1',
    has.has('assoc_actor_1') ? 'assoc_actor_1' : 'ally_actor_1',
    'actor2',
    has.has('assoc_actor_2') ? 'assoc_actor_2' : 'ally_actor_2',
  ] as const
  const named = (kind: 'actor' | 'category', group: number, list: string) =>
    `SELECT file_row, '${kind}' AS kind, ${group} AS grp, generate_subscripts(names, 1) AS place, unnest(names) AS name
     FROM (SELECT file_row, ${list} AS names FROM acled_rows)`
  const split = (column: string) => `string_split(coalesce(${column}, ''), ';')`
  // Each row's ids in the order its cells name them, each once (first place kept). Sorted as pairs
  // within each row's small list: an ordered aggregate (ORDER BY inside list()) sorted the whole
  // table and took twice as long.
  const idsOf = (kind: 'actor' | 'category') =>
    `list_distinct_in_order(list_transform(list_sort(list({'at': grp * 100000 + place, 'id': slug}) FILTER (WHERE kind = '${kind}' AND slug <> '')), (named) -> named.id))`
  return [
    // Each value once, first place kept (DuckDB's list_distinct does not keep the order).
    'CREATE OR REPLACE TEMP MACRO list_distinct_in_order(items) AS list_filter(items, lambda item, place: list_position(items, item) = place)',
    'CREATE OR REPLACE TEMP TABLE acled_countries (name VARCHAR, code VARCHAR)',
    ...(countries.length ? [`INSERT INTO acled_countries VALUES ${countryValues}`] : []),
    `CREATE OR REPLACE TEMP TABLE acled_rows AS
     SELECT row_number() OVER () AS file_row, ${READ.map((column) => `${text(column)} AS ${column}`).join(', ')}
     FROM ${reader} AS src`,
    `CREATE OR REPLACE TEMP TABLE acled_names AS
     SELECT file_row, kind, grp, place, trim(name) AS name FROM (
       ${sides.map((column, group) => named('actor', group, split(column))).join(' UNION ALL ')}
       UNION ALL ${named('category', 0, split('tags'))}
       UNION ALL ${named('category', 1, '[event_type, sub_event_type]')}
     ) WHERE name IS NOT NULL`,
    `CREATE OR REPLACE TEMP TABLE acled_slugs AS
     SELECT name, ${slugSql('name')} AS slug FROM (SELECT DISTINCT name FROM acled_names)`,
    `CREATE OR REPLACE TEMP TABLE acled_ids AS
     SELECT file_row, ${idsOf('actor')} AS actors, ${idsOf('category')} AS categories
     FROM acled_names JOIN acled_slugs USING (name) GROUP BY file_row`,
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
         SELECT read.*, coalesce(ids.actors, []) AS actors, coalesce(ids.categories, []) AS categories
         FROM (
           SELECT src.file_row,
             concat_ws(' in ', coalesce(src.sub_event_type, src.event_type), src.location) AS title,
             -- Its id, or where it has none its title, as a slug (the importer's).
             coalesce(nullif(${slugSql('coalesce(src.event_id_cnty, title)')}, ''), 'event') AS base_id,
             src.notes AS summary,
             ${day} AS day,
             coalesce(src.time_precision, '1') = '3' AS months,
             coalesce(src.time_precision, '1') = '2' AS approximate,
             list_filter([by_name.code], (code) -> code IS NOT NULL) AS countries,
             TRY_CAST(src.latitude AS DOUBLE) AS latitude,
             TRY_CAST(src.longitude AS DOUBLE) AS longitude,
             src.location AS place_name
           FROM acled_rows AS src
           LEFT JOIN acled_countries AS by_name ON by_name.name = src.country
         ) AS read
         LEFT JOIN acled_ids AS ids ON ids.file_row = read.file_row
         WHERE day IS NOT NULL
       ) AS with_ids
     ) AS dated`,
    // Each actor's and category's name as first written in the file (as the importer names them:
    // import/sheet/sheet-actors.ts, named-categories.ts), beside the ids the events hold.
    `INSERT INTO ${NAMES_TABLE}
     SELECT kind, slug, arg_min(name, {'r': file_row, 'g': grp, 'p': place})
     FROM acled_names JOIN acled_slugs USING (name) WHERE slug <> '' GROUP BY kind, slug`,
    'DROP TABLE acled_rows',
    'DROP TABLE acled_names',
    'DROP TABLE acled_slugs',
    'DROP TABLE acled_ids',
  ]
}
