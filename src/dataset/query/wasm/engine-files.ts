// The engine's two files, served by the app as hashed assets (nothing fetched from another site):
// the WebAssembly module and the worker script that runs it. Only the build with WebAssembly
// exceptions ("eh"): every Chromium, Firefox and Safari the app supports has them, and each other
// build is another 33-38 MB in the deployment (the threaded "coi" build would also need the page
// cross-origin isolated, which embedding in other sites' pages rules out).

import engineWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url'
import engineModule from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url'

export const ENGINE_MODULE_URL: string = engineModule
export const ENGINE_WORKER_URL: string = engineWorker
