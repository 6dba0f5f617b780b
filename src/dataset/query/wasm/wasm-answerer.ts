import type { Answerer, StoryNaming } from '../answers'
import { DUCKDB } from '../sql/dialects'
import { sqlAnswerer } from '../sql/sql-answerer'
import type { WasmEngine } from './start-engine'

/**
 * The engine's answers to query descriptions: the same SQL as DuckDB in Node (sql/query-sql.ts);
 * `naming`, the story's title and source as its loader read them (the summary's).
 */
export function wasmAnswerer(engine: WasmEngine, naming: StoryNaming): Answerer {
  return sqlAnswerer(engine.run, DUCKDB, naming)
}
