import { tableFromIPC } from '@uwdata/flechette'
import type { RawRow } from '../sql/raw-rows'

/**
 * A result as the engine's worker sends it (an Arrow IPC stream) as plain rows: strings, numbers
 * (the engine is opened casting BIGINT and DECIMAL to DOUBLE, see start-engine.ts), null, and lists
 * as arrays. flechette reads it (the app's one Arrow reader); raw-rows.ts checks each value it uses.
 */
export function rowsOfIpc(bytes: Uint8Array): RawRow[] {
  return tableFromIPC(bytes, { useBigInt: false, useDate: false }).toArray()
}
