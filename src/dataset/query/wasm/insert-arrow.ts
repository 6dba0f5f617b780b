import { type DataType, float64, list, tableFromArrays, tableToIPC, utf8 } from '@uwdata/flechette'
import type { WasmEngine } from './start-engine'

// Rows made in the page handed to the engine's worker as one Arrow IPC stream (its cheapest way in:
// no SQL text per row, no JSON reader, which is an extension DuckDB-WASM would download).

export type ArrowColumnType = 'string' | 'int64' | 'float64' | 'stringList'

// Whole numbers travel as float64 (exact below 2^53, as the page holds them); the table's BIGINT
// columns take them on INSERT.
const ARROW_TYPES: Readonly<Record<ArrowColumnType, DataType>> = {
  string: utf8(),
  int64: float64(),
  float64: float64(),
  stringList: list(utf8()),
}

/** Arrow IPC bytes of columns of values, each of the type given. */
export function arrowStream(
  columns: ReadonlyArray<{ name: string; type: ArrowColumnType }>,
  values: (name: string) => unknown[],
): Uint8Array {
  const table = tableFromArrays(Object.fromEntries(columns.map(({ name }) => [name, values(name)])), {
    types: Object.fromEntries(columns.map(({ name, type }) => [name, ARROW_TYPES[type]])),
  })
  const bytes = tableToIPC(table, { format: 'stream' })
  // tableToIPC gives null only when writing to a sink of its own; none is given here.
  if (!bytes) throw new Error('Arrow: no bytes written')
  return bytes
}

/** Appends an Arrow stream to a table of the engine, made from the stream's schema if `create`. */
export async function insertArrow(
  engine: WasmEngine,
  table: string,
  bytes: Uint8Array,
  create: boolean,
): Promise<void> {
  await engine.db.insertArrowFromIPCStream(engine.connection, bytes, { name: table, create })
}
