import type { DuckDBConnection } from '@duckdb/node-api'
import type { StoryNaming } from '../../src/dataset/query/answers'
import { DUCKDB } from '../../src/dataset/query/sql/dialects'
import {
  LAYOUT_FILE_COLUMNS,
  LAYOUT_KEYS,
  LAYOUT_VERSION,
  type LayoutClaim,
  type LayoutKind,
  type LayoutVersion,
  layoutClaim,
  layoutColumnsProblem,
  NAME_LIST_COLUMNS,
  NAMED_QUOTE_FIELDS,
  namesLengthWords,
  notTextListWords,
  ordinalOrderWords,
  QUOTE_FIELDS,
  QUOTES_COLUMN,
} from '../../src/dataset/query/sql/layout-file'
import {
  createTables,
  EVENT_COLUMNS,
  EVENTS_TABLE,
  NAMES_TABLE,
  QUOTES_TABLE,
} from '../../src/dataset/query/sql/table-layout'

// The engine's layout as a Parquet file (src/dataset/query/sql/layout-file.ts), in DuckDB for Node:
// written from the tables a loader filled (npm run engine:layout, npm run generate:acled -- --layout),
// and read back by read_parquet straight into the tables (the service's fastest start: no importer's
// SQL, no staging table).

const EVENT_NAMES = EVENT_COLUMNS.map((column) => column.name).join(', ')

const run = async (connection: DuckDBConnection, sql: string) =>
  (await connection.runAndReadAll(sql)).getRowObjectsJS()

/** What the file's footer claims (a Parquet file's key/value metadata). */
export async function layoutClaimOf(connection: DuckDBConnection, path: string): Promise<LayoutClaim> {
  // Only the layout's keys are decoded: a footer may hold binary metadata that is not UTF-8 (decode()
  // refuses it), and a file that loaded before must not fail for keys this reader does not read.
  const keys = Object.values(LAYOUT_KEYS)
    .map((key) => `${DUCKDB.stringLiteral(key)}::BLOB`)
    .join(', ')
  const rows = await run(
    connection,
    `SELECT decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata(${DUCKDB.stringLiteral(path)}) WHERE key IN (${keys})`,
  )
  return layoutClaim(
    rows.map((row) => ({
      key: String(row.key),
      // A key without a value is a missing value, not the text "null".
      value: typeof row.value === 'string' ? row.value : undefined,
    })),
  )
}

/** The layout's kinds of DuckDB's types as DESCRIBE writes them; any other type in its own words. */
function kindOf(type: string): LayoutKind | string {
  const struct = (fields: readonly string[]) =>
    `STRUCT(${fields.map((field) => `${field} VARCHAR`).join(', ')})[]`
  const kinds: Readonly<Record<string, LayoutKind>> = {
    VARCHAR: 'string',
    BIGINT: 'int64',
    DOUBLE: 'float64',
    'VARCHAR[]': 'stringList',
    [struct(QUOTE_FIELDS)]: 'quotes',
    [struct(NAMED_QUOTE_FIELDS)]: 'namedQuotes',
  }
  // DuckDB quotes a field whose name is a keyword ("text").
  return kinds[type.replaceAll('"', '')] ?? type
}

/**
 * Fills the tables from a file whose footer claims the layout (of `version`), its columns checked
 * first; a version 1 file leaves the names table empty (its values are named by their ids), a version
 * 2 file names no quote's speaker that no event lists.
 */
export async function loadLayout(
  connection: DuckDBConnection,
  path: string,
  version: LayoutVersion,
): Promise<void> {
  const reader = `read_parquet(${DUCKDB.stringLiteral(path)})`
  const described = await run(connection, `DESCRIBE SELECT * FROM ${reader}`)
  const problem = layoutColumnsProblem(
    new Map(described.map((row) => [String(row.column_name), kindOf(String(row.column_type))])),
    version,
  )
  if (problem) throw new Error(`${path} claims the engine's layout, but ${problem}`)
  const empty = await emptyCellProblem(connection, path)
  if (empty) throw new Error(`${path} claims the engine's layout, but ${empty}`)
  const names = version >= 2 ? await namesLengthProblem(connection, path) : null
  if (names) throw new Error(`${path} claims the engine's layout, but ${names}`)
  const order = await ordinalOrderProblem(connection, path)
  if (order) throw new Error(`${path} claims the engine's layout, but ${order}`)
  for (const statement of createTables(DUCKDB)) await connection.run(statement)
  await connection.run(`INSERT INTO ${EVENTS_TABLE} SELECT ${EVENT_NAMES} FROM ${reader}`)
  // Each event's quotes in their order, events in time order: the quotes table's ordinal.
  await connection.run(
    `INSERT INTO ${QUOTES_TABLE}
     SELECT row_number() OVER (ORDER BY event_ordinal, place) - 1, quote.id, event_id, event_ordinal, quote.text, quote.speaker
     FROM (
       SELECT ordinal AS event_ordinal, id AS event_id, unnest(${QUOTES_COLUMN}) AS quote, generate_subscripts(${QUOTES_COLUMN}, 1) AS place
       FROM ${reader} WHERE len(${QUOTES_COLUMN}) > 0
     )`,
  )
  if (version >= 2) await connection.run(namesFromColumns(reader, version))
}

/**
 * The names table from the names columns and (since version 3) the quotes' speakers' names: each id
 * once, named as the file names it first (a row's events' names before its quotes', as the page reads them).
 */
const namesFromColumns = (reader: string, version: LayoutVersion) => {
  const listed = NAME_LIST_COLUMNS.map(
    ({ name, ids, facet }) =>
      `SELECT '${facet}' AS facet, ordinal, 0 AS source, unnest(${ids}) AS id, unnest(${name}) AS name FROM ${reader}`,
  )
  const speakers = `SELECT 'actor' AS facet, ordinal, 1 AS source, quote.speaker AS id, quote.speaker_name AS name
     FROM (SELECT ordinal, unnest(${QUOTES_COLUMN}) AS quote FROM ${reader} WHERE len(${QUOTES_COLUMN}) > 0)
     WHERE quote.speaker IS NOT NULL AND quote.speaker_name IS NOT NULL`
  return `INSERT INTO ${NAMES_TABLE}
   SELECT facet, id, arg_min(name, (ordinal, source)) FROM (
     ${[...listed, ...(version >= 3 ? [speakers] : [])].join(' UNION ALL ')}
   ) GROUP BY facet, id`
}

/** The first row whose names are not one per id, in the page's words, or null. */
async function namesLengthProblem(connection: DuckDBConnection, path: string): Promise<string | null> {
  const reader = `read_parquet(${DUCKDB.stringLiteral(path)}, file_row_number = true)`
  for (const { name, ids } of NAME_LIST_COLUMNS) {
    const [first] = await run(
      connection,
      // list_count counts a list's values that are not NULL (list_has_any never matches a NULL).
      `SELECT file_row_number AS row, len(${name}) AS names, len(${ids}) AS count,
       list_count(${name}) IS DISTINCT FROM len(${name}) AS holds_null FROM ${reader}
       WHERE len(${name}) IS DISTINCT FROM len(${ids}) OR list_count(${name}) IS DISTINCT FROM len(${name})
       ORDER BY row LIMIT 1`,
    )
    if (first?.holds_null === true) return notTextListWords(Number(first.row), name)
    if (first)
      return namesLengthWords(Number(first.row), name, Number(first.names ?? 0), ids, Number(first.count))
  }
  return null
}

/**
 * The first row with an empty cell where the layout needs a value, in the page's words
 * (wasm/layout-streams.ts), or null: DuckDB's tables have no NOT NULL, so without this count a file the
 * page refuses would load here. Rows are counted from 1 in the file's order.
 */
async function emptyCellProblem(connection: DuckDBConnection, path: string): Promise<string | null> {
  const needed = EVENT_COLUMNS.filter((column) => !('nullable' in column && column.nullable))
  const checks = [
    ...needed.map((column) => ({ column: column.name, empty: `${column.name} IS NULL`, what: '' })),
    {
      column: QUOTES_COLUMN,
      empty: `len(list_filter(${QUOTES_COLUMN}, q -> q IS NULL OR q.id IS NULL OR q.text IS NULL)) > 0`,
      what: 'a quote without its id or text',
    },
  ]
  const [firsts] = await run(
    connection,
    `SELECT ${checks.map((check, index) => `min(file_row_number) FILTER (WHERE ${check.empty}) AS c${index}`).join(', ')}
     FROM read_parquet(${DUCKDB.stringLiteral(path)}, file_row_number = true)`,
  )
  for (const [index, check] of checks.entries()) {
    const first = firsts?.[`c${index}`]
    if (first === null || first === undefined) continue
    return `row ${Number(first) + 1}, column "${check.column}": ${check.what || 'empty, where the layout needs a value'}`
  }
  return null
}

/**
 * The first row whose ordinal is not greater than the row's before, in the page's words, or null: the
 * layout's events are in ordinal order, and both readers number quotes by it (the page in file order).
 */
async function ordinalOrderProblem(connection: DuckDBConnection, path: string): Promise<string | null> {
  const [first] = await run(
    connection,
    `SELECT row, ordinal, before FROM (
       SELECT file_row_number AS row, ordinal, lag(ordinal) OVER (ORDER BY file_row_number) AS before
       FROM read_parquet(${DUCKDB.stringLiteral(path)}, file_row_number = true)
     ) WHERE ordinal <= before ORDER BY row LIMIT 1`,
  )
  if (!first) return null
  return ordinalOrderWords(Number(first.row), Number(first.ordinal), Number(first.before))
}

/** Writes the tables as a layout file: events in time order, each with its values' names and its quotes (each with its speaker's name). */
export async function writeLayout(
  connection: DuckDBConnection,
  naming: StoryNaming,
  out: string,
): Promise<void> {
  const literal = DUCKDB.stringLiteral
  const entries: Array<[string, string]> = [
    [LAYOUT_KEYS.layout, LAYOUT_VERSION],
    [LAYOUT_KEYS.title, naming.title],
  ]
  if (naming.source !== null) entries.push([LAYOUT_KEYS.source, naming.source])
  const footer = entries.map(([key, value]) => `${literal(key)}: ${literal(value)}`).join(', ')
  // Each quote with its speaker's name (null if the names table has none: the speaker is then named by its id).
  const fieldOf: Readonly<Record<(typeof NAMED_QUOTE_FIELDS)[number], string>> = {
    id: 'quoted.id',
    text: 'quoted.text',
    speaker: 'quoted.speaker',
    speaker_name: 'speaker.name',
  }
  const quote = NAMED_QUOTE_FIELDS.map((field) => `${literal(field)}: ${fieldOf[field]}`).join(', ')
  const namesOf = new Map<string, string>(NAME_LIST_COLUMNS.map(({ name, facet }) => [name, facet]))
  const columns = LAYOUT_FILE_COLUMNS.map((column) => {
    if (column.name === QUOTES_COLUMN) return `coalesce(q.quotes, []) AS ${QUOTES_COLUMN}`
    const facet = namesOf.get(column.name)
    return facet ? `coalesce(${facet}_named.names, []) AS ${column.name}` : `e.${column.name}`
  }).join(', ')
  // Each event's ids' names in their order, an id without a name named by itself.
  const named = NAME_LIST_COLUMNS.map(
    ({ ids, facet }) => `LEFT JOIN (
       SELECT ordinal, list(coalesce(n.name, listed.id) ORDER BY place) AS names
       FROM (SELECT ordinal, unnest(${ids}) AS id, generate_subscripts(${ids}, 1) AS place FROM ${EVENTS_TABLE}) AS listed
       LEFT JOIN ${NAMES_TABLE} AS n ON n.facet = '${facet}' AND n.id = listed.id
       GROUP BY ordinal
     ) AS ${facet}_named ON ${facet}_named.ordinal = e.ordinal`,
  ).join('\n')
  await connection.run(
    `COPY (
       SELECT ${columns}
       FROM ${EVENTS_TABLE} AS e
       LEFT JOIN (
         SELECT quoted.event_ordinal, list({${quote}} ORDER BY quoted.ordinal) AS quotes
         FROM ${QUOTES_TABLE} AS quoted
         LEFT JOIN ${NAMES_TABLE} AS speaker ON speaker.facet = 'actor' AND speaker.id = quoted.speaker
         GROUP BY quoted.event_ordinal
       ) AS q ON q.event_ordinal = e.ordinal
       ${named}
       ORDER BY e.ordinal
     ) TO ${literal(out)} (FORMAT parquet, COMPRESSION zstd, KV_METADATA {${footer}})`,
  )
}
