import { DuckDBDataProtocol } from '@duckdb/duckdb-wasm'
import type { WasmEngine } from './start-engine'

// A file the engine reads: one the reader picked (read in slices by the worker, never copied whole
// into the page), or one of this site's by address (read by HTTP range requests). Another site's
// address is refused here: the page's policy would refuse it anyway (connect-src 'self'), and saying
// so is clearer than the worker's network error.

export type EngineSource = { file: Blob } | { url: string }

let registered = 0

/** The file under a name of the engine's own (a reader's file name is never SQL text), kept as `extension`. */
export async function registerSource(
  engine: WasmEngine,
  source: EngineSource,
  extension: 'csv' | 'parquet',
): Promise<string> {
  registered += 1
  const name = `source-${registered}.${extension}`
  if ('file' in source) {
    // The worker reads the file in slices, as a query asks for them.
    await engine.db.registerFileHandle(name, source.file, DuckDBDataProtocol.BROWSER_FILEREADER, true)
  } else {
    await engine.db.registerFileURL(name, sameOriginUrl(source.url), DuckDBDataProtocol.HTTP, false)
  }
  return name
}

/** The address made whole against the page's, or an error if it is another site's. */
export function sameOriginUrl(url: string): string {
  const whole = new URL(url, globalThis.location.href)
  if (whole.origin !== globalThis.location.origin)
    throw new Error(
      `${whole.origin} is another site: the engine reads only this site's files (${globalThis.location.origin})`,
    )
  return whole.href
}
