import { type AcledCountry, acledStatements } from './acled-layout'
import { DUCKDB } from './dialects'
import type { RunSql } from './sql-answerer'

// An ACLED export that DuckDB can already read (`read_csv(…)`, a table of its raw columns) into the
// engine's tables, the same steps in Node (scripts/engine/load-file.ts) and in the page's worker
// (wasm/load-files.ts): its columns looked at, its countries read by the caller's reading of a
// name (the importer's, import/values/read-country.ts, which this layer may not import), then
// acled-layout.ts's statements.

/** A country's name as the importer reads it: its alpha-2 code, or null for no country it knows. */
export type ReadCountryCode = (name: string) => string | null

/** The columns a DuckDB reader (a table function call or a table's name) gives. */
export async function columnsOf(run: RunSql, reader: string): Promise<Set<string>> {
  const described = await run(`DESCRIBE SELECT * FROM ${reader}`)
  return new Set(described.map((row) => String(row.column_name)))
}

/** Whether the columns are an ACLED export's (its id and date, whatever else it has). */
export const isAcled = (columns: ReadonlySet<string>): boolean =>
  columns.has('event_id_cnty') && columns.has('event_date')

/** Fills the events table from an ACLED export's reader. */
export async function loadAcled(
  run: RunSql,
  reader: string,
  columns: ReadonlySet<string>,
  readCountryCode: ReadCountryCode,
): Promise<void> {
  const countries = columns.has('country') ? await acledCountries(run, reader, readCountryCode) : []
  for (const statement of acledStatements(reader, columns, countries)) await run(statement)
}

async function acledCountries(
  run: RunSql,
  reader: string,
  readCountryCode: ReadCountryCode,
): Promise<AcledCountry[]> {
  const rows = await run(
    `SELECT DISTINCT nullif(trim(CAST(country AS VARCHAR)), '') AS name FROM ${reader} WHERE name IS NOT NULL`,
  )
  return rows.flatMap((row) => {
    const name = String(row.name)
    const code = readCountryCode(name)
    return code ? [{ name, code }] : []
  })
}

/** How many rows a table holds. */
export async function countRows(run: RunSql, table: string): Promise<number> {
  const [row] = await run(`SELECT count(*) AS n FROM ${table}`)
  return Number(row?.n ?? 0)
}

/** DuckDB's CSV reader over a registered file or a path: every column as text, as the importer reads cells. */
export const csvReader = (path: string): string =>
  `read_csv(${DUCKDB.stringLiteral(path)}, header = true, all_varchar = true)`
