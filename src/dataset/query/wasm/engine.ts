// The engine's door: what the page may use, in one module it imports dynamically (a chunk of its
// own, with DuckDB-WASM's client and hyparquet; the engine's files load only when it starts).
// .dependency-cruiser.cjs holds the page to that: nothing imports this folder statically.

export { csvRows, loadDelimited } from './load-delimited'
export { loadParquet, type ParquetProgress, parquetRows } from './load-parquet'
export { loadStoryIntoEngine } from './load-story'
export type { EngineSource } from './register-source'
export { startWasmEngine, type WasmEngine } from './start-engine'
export { tableSizes } from './table-sizes'
export { wasmAnswerer } from './wasm-answerer'
