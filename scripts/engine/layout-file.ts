import type { DuckDBConnection } from '@duckdb/node-api'
import type { StoryNaming } from '../../src/dataset/query/answers'
import { DUCKDB } from '../../src/dataset/query/sql/dialects'
import {
  LAYOUT_FILE_COLUMNS,
  LAYOUT_KEYS,
  LAYOUT_VERSION,
  type LayoutClaim,
  type LayoutKind,
  layoutClaim,
  layoutColumnsProblem,
  ordinalOrderWords,
  QUOTE_FIELDS,
  QUOTES_COLUMN,
} from '../../src/dataset/query/sql/layout-file'
import {
  createTables,
  EVENT_COLUMNS,
  EVENTS_TABLE,
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
  const kinds: Readonly<Record<string, LayoutKind>> = {
    VARCHAR: 'string',
    BIGINT: 'int64',
    DOUBLE: 'float64',
    'VARCHAR[]': 'stringList',
    [`STRUCT(${QUOTE_FIELDS.map((field) => `${field} VARCHAR`).join(', ')})[]`]: 'quotes',
  }
  // DuckDB quotes a field whose name is a keyword ("text").
  return kinds[type.replaceAll('"', '')] ?? type
}

/** Fills the tables from a file whose footer claims the layout, its columns checked first. */
export async function loadLayout(connection: DuckDBConnection, path: string): Promise<void> {
  const reader = `read_parquet(${DUCKDB.stringLiteral(path)})`
  const described = await run(connection, `DESCRIBE SELECT * FROM ${reader}`)
  const problem = layoutColumnsProblem(
    new Map(described.map((row) => [String(row.column_name), kindOf(String(row.column_type))])),
  )
  if (problem) throw new Error(`${path} claims the engine's layout, but ${problem}`)
  const empty = await emptyCellProblem(connection, path)
  if (empty) throw new Error(`${path} claims the engine's layout, but ${empty}`)
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

/** Writes the tables as a layout file: events in time order, each with its quotes, the names in the footer. */
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
  const quote = QUOTE_FIELDS.map((field) => `${literal(field)}: ${field}`).join(', ')
  const columns = LAYOUT_FILE_COLUMNS.map((column) =>
    column.name === QUOTES_COLUMN ? `coalesce(q.quotes, []) AS ${QUOTES_COLUMN}` : `e.${column.name}`,
  ).join(', ')
  await connection.run(
    `COPY (
       SELECT ${columns}
       FROM ${EVENTS_TABLE} AS e
       LEFT JOIN (
         SELECT event_ordinal, list({${quote}} ORDER BY ordinal) AS quotes FROM ${QUOTES_TABLE} GROUP BY event_ordinal
       ) AS q ON q.event_ordinal = e.ordinal
       ORDER BY e.ordinal
     ) TO ${literal(out)} (FORMAT parquet, COMPRESSION zstd, KV_METADATA {${footer}})`,
  )
}
