import { AsyncDuckDB, VoidLogger } from '@duckdb/duckdb-wasm'
import type { RawRow } from '../sql/raw-rows'
import { rowsOfIpc } from './arrow-rows'
import { ENGINE_MODULE_URL, ENGINE_WORKER_URL } from './engine-files'

// DuckDB-WASM in a worker of its own: the page keeps its main thread, the engine its memory. One
// connection: it runs one statement at a time, which is how sql-answerer.ts asks anyway.

export type WasmEngine = {
  db: AsyncDuckDB
  /** The one connection's id, for the calls that take one (inserting Arrow). */
  connection: number
  /** Runs one statement and hands back its rows. */
  run: (sql: string) => Promise<RawRow[]>
  /** Stops the worker and frees its memory. */
  close: () => Promise<void>
}

export async function startWasmEngine(): Promise<WasmEngine> {
  const worker = new Worker(ENGINE_WORKER_URL)
  const db = new AsyncDuckDB(new VoidLogger(), worker)
  try {
    await db.instantiate(ENGINE_MODULE_URL)
    await db.open({
      // Counts and ordinals as JavaScript numbers (exact below 2^53), as the answers hold them.
      query: { castBigIntToDouble: true, castDecimalToDouble: true },
      // A remote file is read by ranges; a server that cannot answer them is an error, not a
      // silent download of the whole file.
      filesystem: { forceFullHTTPReads: false, allowFullHTTPReads: false, reliableHeadRequests: true },
    })
    const connection = await db.connectInternal()
    const run = async (sql: string) => rowsOfIpc(await db.runQuery(connection, sql))
    // An extension would be downloaded from DuckDB's site: none is, so a missing one is an error
    // saying so (the page's policy would refuse the download anyway). Parquet is read by load-parquet.ts.
    await run('SET autoinstall_known_extensions = false')
    await run('SET autoload_known_extensions = false')
    return {
      db,
      connection,
      run,
      // Not disconnect first: the engine's worker answers one message at a time, so a disconnect
      // waits for the statement under way (a whole load) and the worker would live on meanwhile.
      close: () => db.terminate(),
    }
  } catch (error) {
    await db.terminate()
    throw error
  }
}
