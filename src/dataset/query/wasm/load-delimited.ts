import { columnsOf, countRows, csvReader, isAcled, loadAcled, type ReadCountryCode } from '../sql/load-acled'
import { type EngineSource, registerSource } from './register-source'
import type { WasmEngine } from './start-engine'

// A CSV or TSV file read by DuckDB's own reader (its sniffer finds the delimiter) straight into the
// engine's tables: an ACLED export, by acled-layout.ts's SQL, as DuckDB in Node reads it. Any other
// sheet is read by the app's importers (the mapping step decides its columns) and arrives as a story
// (load-story.ts).

export async function loadDelimited(
  engine: WasmEngine,
  source: EngineSource,
  readCountryCode: ReadCountryCode,
): Promise<void> {
  const path = await registerSource(engine, source, 'csv')
  const reader = csvReader(path)
  const columns = await columnsOf(engine.run, reader)
  if (!isAcled(columns))
    throw new Error(
      `Not an ACLED export (event_id_cnty, event_date…): its columns are ${[...columns].slice(0, 12).join(', ')}`,
    )
  await loadAcled(engine.run, reader, columns, readCountryCode)
  await engine.db.dropFile(path)
}

/** How many rows a CSV file holds, by DuckDB's reader (over HTTP ranges for an address). */
export async function csvRows(engine: WasmEngine, source: EngineSource): Promise<number> {
  const path = await registerSource(engine, source, 'csv')
  try {
    return await countRows(engine.run, csvReader(path))
  } finally {
    await engine.db.dropFile(path)
  }
}
