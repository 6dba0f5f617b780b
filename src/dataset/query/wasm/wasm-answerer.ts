import type { Answerer } from '../answers'
import { DUCKDB } from '../sql/dialects'
import { sqlAnswerer } from '../sql/sql-answerer'
import type { WasmEngine } from './start-engine'

/** The engine's answers to query descriptions: the same SQL as DuckDB in Node (sql/query-sql.ts). */
export function wasmAnswerer(engine: WasmEngine): Answerer {
  return sqlAnswerer(engine.run, DUCKDB)
}
