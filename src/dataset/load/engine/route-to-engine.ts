// Which files open in the query engine (DuckDB-WASM in its worker) rather than as objects in the page
// (docs/decisions/query-engine.md, "Opening a large file"). Measured (scripts/bench/where-the-engine-pays.ts):
// an ACLED CSV read by the importers into the page froze the page for 0.3 s at 20,000 rows and 0.6–0.9 s
// at 50,000–100,000, and held 150 MB of heap at 100,000; the engine's start, DuckDB's reader and the
// first questions took longer below ~50,000 rows and less past ~75,000, with no task on the page's
// thread over 50 ms at any size.

/** From this size, an ACLED CSV or TSV opens in the engine: ~75,000 rows of an ACLED export (~440 bytes a row). */
export const ENGINE_FILE_BYTES = 32 * 1024 * 1024

/** How the engine reads a file: DuckDB's own CSV reader (an ACLED export), or Parquet (always the engine's). */
export type EngineRoute = 'acled-csv' | 'parquet'

/** What is looked at of a file: its name, size and first bytes (a File is one). */
export type FileLook = { name: string; size: number; slice: (start: number, end: number) => Blob }

/** How much of a sheet's start is read for its header: ACLED's header is ~600 bytes. */
const HEAD_BYTES = 64 * 1024

/**
 * The engine's way into the files opened, or null for the importers. One file only (an events file
 * with its quotes file is the importers'); Parquet, which the importers do not read, whatever its
 * size; an ACLED export (its header names `event_id_cnty` and `event_date`) from ENGINE_FILE_BYTES.
 * A large sheet of other columns goes through the mapping step and the importers as before.
 */
export async function engineRoute(files: readonly FileLook[]): Promise<EngineRoute | null> {
  const [file] = files
  if (!file || files.length !== 1) return null
  if (/\.parquet$/i.test(file.name)) return 'parquet'
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer())
  if (isParquetMagic(head)) return 'parquet'
  if (file.size < ENGINE_FILE_BYTES || !/\.(csv|tsv|txt)$/i.test(file.name)) return null
  return isAcledHeader(new TextDecoder().decode(head)) ? 'acled-csv' : null
}

/** A Parquet file starts with "PAR1". */
const isParquetMagic = (head: Uint8Array): boolean =>
  head.length >= 4 && head[0] === 0x50 && head[1] === 0x41 && head[2] === 0x52 && head[3] === 0x31

/** Whether a sheet's first line names ACLED's id and date columns (comma, tab or semicolon, quoted or not). */
export function isAcledHeader(text: string): boolean {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? ''
  const names = new Set(firstLine.split(/[,\t;]/).map((cell) => cell.trim().replace(/^"|"$/g, '')))
  return names.has('event_id_cnty') && names.has('event_date')
}
