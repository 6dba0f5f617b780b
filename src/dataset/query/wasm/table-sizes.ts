import { countRows } from '../sql/load-acled'
import { EVENTS_TABLE, QUOTES_TABLE } from '../sql/table-layout'
import type { WasmEngine } from './start-engine'

/** How many events and quotes the engine holds. */
export async function tableSizes(engine: WasmEngine): Promise<{ events: number; quotes: number }> {
  const tables = new Set((await engine.run('SHOW TABLES')).map((row) => String(row.name)))
  const size = (table: string) => (tables.has(table) ? countRows(engine.run, table) : Promise.resolve(0))
  return { events: await size(EVENTS_TABLE), quotes: await size(QUOTES_TABLE) }
}
