import { columnsOf, loadAcled, type ReadCountryCode } from '../sql/load-acled'
import { insertArrow } from './insert-arrow'
import { type ParquetSource, parquetRows as rowsOf } from './parquet-streams'
import type { ParquetWorkerMessage, ParquetWorkerRequest } from './parquet-worker'
import { type EngineSource, sameOriginUrl } from './register-source'
import type { WasmEngine } from './start-engine'

// Parquet, read by hyparquet in a worker of its own (parquet-worker.ts) and handed to the engine
// as Arrow: DuckDB-WASM 1.32 has no Parquet reader built in (its module holds no Parquet code); it
// would download the extension from DuckDB's site at run time, which the page's policy refuses and
// no registry package ships (see docs/decisions/query-engine.md). The rows land in a staging table
// of text columns, then acled-layout.ts's SQL makes the layout's tables, as from a CSV.

const RAW_TABLE = 'parquet_arriving'

export type ParquetProgress = (rowsRead: number, rows: number) => void

/** The source as the worker reads it: a picked file as it is, an address made whole and checked. */
const workerSource = (source: EngineSource): ParquetSource =>
  'url' in source ? { url: sameOriginUrl(source.url) } : source

export async function loadParquet(
  engine: WasmEngine,
  source: EngineSource,
  readCountryCode: ReadCountryCode,
  onProgress: ParquetProgress = () => {},
): Promise<void> {
  const worker = new Worker(new URL('./parquet-worker.ts', import.meta.url), { type: 'module' })
  const ask = (request: ParquetWorkerRequest) => worker.postMessage(request)
  try {
    await new Promise<void>((resolve, reject) => {
      let created = false
      // One stream at a time: inserted, then the next asked for.
      let inserting = Promise.resolve()
      worker.onerror = (event) => reject(new Error(`The Parquet reader failed: ${event.message}`))
      worker.onmessage = (event: MessageEvent<ParquetWorkerMessage>) => {
        const message = event.data
        if (message.kind === 'error') reject(new Error(message.message))
        else if (message.kind === 'done')
          inserting.then(
            () => (created ? resolve() : reject(new Error('The Parquet file has no rows'))),
            reject,
          )
        else
          inserting = inserting
            .then(async () => {
              await insertArrow(engine, RAW_TABLE, message.bytes, !created)
              created = true
              onProgress(message.rowsRead, message.rows)
              ask({ kind: 'next' })
            })
            .catch(reject)
      }
      ask({ kind: 'read', source: workerSource(source) })
    })
  } finally {
    worker.terminate()
  }
  await loadAcled(engine.run, RAW_TABLE, await columnsOf(engine.run, RAW_TABLE), readCountryCode)
  await engine.run(`DROP TABLE ${RAW_TABLE}`)
}

/** How many rows a Parquet file holds: its footer only (by address, the last bytes of the file). */
export const parquetRows = (source: EngineSource): Promise<number> => rowsOf(workerSource(source))
