import { DUCKDB } from '../sql/dialects'
import { columnsOf, loadAcled, type ReadCountryCode } from '../sql/load-acled'
import { createTables, EVENTS_TABLE, NAMES_TABLE, QUOTES_TABLE } from '../sql/table-layout'
import { insertArrow } from './insert-arrow'
import {
  type ParquetFormat,
  type ParquetSource,
  parquetRows as rowsOf,
  type StreamTable,
} from './parquet-streams'
import type { ParquetWorkerMessage, ParquetWorkerRequest } from './parquet-worker'
import { type EngineSource, sameOriginUrl } from './register-source'
import type { WasmEngine } from './start-engine'

// Parquet, read by hyparquet in a worker of its own (parquet-worker.ts) and handed to the engine
// as Arrow: DuckDB-WASM 1.32 has no Parquet reader built in (its module holds no Parquet code); it
// would download the extension from DuckDB's site at run time, which the page's policy refuses and
// no registry package ships (see docs/decisions/query-engine.md). A file in the engine's own layout
// (sql/layout-file.ts, its footer says so) goes straight into the tables, its columns already of
// their types; an ACLED export's rows land in a staging table of text columns, then acled-layout.ts's
// SQL makes the layout's tables, as from a CSV.

const RAW_TABLE = 'parquet_arriving'

/** Rows read of the rows the file's footer counts, after each stream the engine has taken. */
export type ParquetProgress = (rowsRead: number, rows: number) => void

/** What was loaded: a layout file names its story (its footer's title and source); an export does not. */
export type LoadedParquet = ParquetFormat

const TABLES: Readonly<Record<StreamTable, string>> = {
  events: EVENTS_TABLE,
  quotes: QUOTES_TABLE,
  names: NAMES_TABLE,
  acled: RAW_TABLE,
}

/** The source as the worker reads it: a picked file as it is, an address made whole and checked. */
const workerSource = (source: EngineSource): ParquetSource =>
  'url' in source ? { url: sameOriginUrl(source.url) } : source

export async function loadParquet(
  engine: WasmEngine,
  source: EngineSource,
  readCountryCode: ReadCountryCode,
  onProgress: ParquetProgress = () => {},
  signal?: AbortSignal,
): Promise<LoadedParquet> {
  const format = await readIntoEngine(engine, workerSource(source), onProgress, signal)
  signal?.throwIfAborted()
  if (format.format === 'acled') {
    await loadAcled(engine.run, RAW_TABLE, await columnsOf(engine.run, RAW_TABLE), readCountryCode)
    await engine.run(`DROP TABLE ${RAW_TABLE}`)
  }
  return format
}

/** The worker's streams into the engine's tables (the layout's made first for a layout file). */
async function readIntoEngine(
  engine: WasmEngine,
  source: ParquetSource,
  onProgress: ParquetProgress,
  signal: AbortSignal | undefined,
): Promise<ParquetFormat> {
  signal?.throwIfAborted()
  const worker = new Worker(new URL('./parquet-worker.ts', import.meta.url), { type: 'module' })
  const ask = (request: ParquetWorkerRequest) => worker.postMessage(request)
  let onAbort = () => {}
  try {
    return await new Promise<ParquetFormat>((resolve, reject) => {
      // Cancelled: the reader stops at once and the promise rejects, whether or not the engine ever
      // answers the insert under way (a terminated engine never settles it). No step runs after.
      onAbort = () => {
        worker.terminate()
        reject(signal?.reason)
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      let format: ParquetFormat | undefined
      let streams = 0
      // One stream at a time: inserted, then the next asked for.
      let inserting = Promise.resolve()
      const then = (step: () => Promise<void>) => {
        inserting = inserting.then(() => (signal?.aborted ? undefined : step())).catch(reject)
      }
      worker.onerror = (event) => reject(new Error(`The Parquet reader failed: ${event.message}`))
      worker.onmessage = (event: MessageEvent<ParquetWorkerMessage>) => {
        const message = event.data
        if (message.kind === 'error') reject(new Error(message.message))
        else if (message.kind === 'opened')
          then(async () => {
            format = message.format
            if (format.format === 'layout')
              for (const statement of createTables(DUCKDB)) await engine.run(statement)
            onProgress(0, message.rows)
            ask({ kind: 'next' })
          })
        else if (message.kind === 'done')
          then(async () =>
            format && streams > 0 ? resolve(format) : reject(new Error('The Parquet file has no rows')),
          )
        else
          then(async () => {
            // The staging table is made from the first stream's columns; the layout's exist already.
            await insertArrow(
              engine,
              TABLES[message.table],
              message.bytes,
              message.table === 'acled' && streams === 0,
            )
            streams += 1
            if (signal?.aborted) return
            onProgress(message.rowsRead, message.rows)
            ask({ kind: 'next' })
          })
      }
      ask({ kind: 'read', source })
    })
  } finally {
    signal?.removeEventListener('abort', onAbort)
    worker.terminate()
  }
}

/** How many rows a Parquet file holds: its footer only (by address, the last bytes of the file). */
export const parquetRows = (source: EngineSource): Promise<number> => rowsOf(workerSource(source))
