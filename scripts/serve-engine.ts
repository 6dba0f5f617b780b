import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { DuckDBInstance } from '@duckdb/node-api'
import { type AppFiles, appFiles } from './engine/app-files'
import { createEngineServer } from './engine/engine-server'
import { loadFile } from './engine/load-file'

// `npm run serve:engine -- data.parquet|data.csv|story.json [--port 8787] [--app dist|none]
// [--origin http://127.0.0.1:5173] [--timeout-ms 10000] [--threads 2]`: the query engine over one
// file, on loopback only, and the built app beside it (`dist/`, where it is built) on the same origin,
// so that http://127.0.0.1:8787/?engine=/query opens the app asking it. See engine/engine-server.ts
// for what it answers and docs/decisions/query-engine.md for why.

const USAGE =
  'usage: npm run serve:engine -- <data.parquet|data.csv|story.json> [--port 8787] [--app dist|none] [--origin http://127.0.0.1:5173] [--timeout-ms 10000] [--threads 2]'

/** The built app's folder to serve: `--app`'s, or dist/ where the app is built; `--app none`: none. */
async function appToServe(asked: string | undefined): Promise<AppFiles | null> {
  if (asked === 'none') return null
  if (asked !== undefined) return appFiles(asked)
  return existsSync('dist/index.html') ? appFiles('dist') : null
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '8787' },
      origin: { type: 'string' },
      'timeout-ms': { type: 'string', default: '10000' },
      threads: { type: 'string', default: '2' },
      app: { type: 'string' },
    },
  })
  const [path] = positionals
  const port = Number(values.port)
  const timeoutMs = Number(values['timeout-ms'])
  if (!path || positionals.length > 1) throw new Error(`one data file\n${USAGE}`)
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port: 0 to 65535\n${USAGE}`)
  if (!(timeoutMs > 0)) throw new Error(`--timeout-ms: a number of milliseconds\n${USAGE}`)
  if (values.origin !== undefined && new URL(values.origin).origin !== values.origin)
    throw new Error(`--origin: an origin as a browser sends it, such as http://127.0.0.1:5173\n${USAGE}`)

  const app = await appToServe(values.app)
  const started = performance.now()
  const instance = await DuckDBInstance.create(':memory:', { threads: values.threads })
  const loading = await instance.connect()
  const loaded = await loadFile(loading, path)
  loading.closeSync()
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  const server = createEngineServer({
    instance,
    origin: values.origin ?? null,
    timeoutMs,
    naming: loaded.naming,
    about: { file: path, events: loaded.events, quotes: loaded.quotes, kind: loaded.kind },
    app,
  })
  server.listen(port, '127.0.0.1', () => {
    const address = server.address()
    const at = typeof address === 'object' && address ? address.port : port
    console.log(
      `${loaded.events.toLocaleString('en')} events (${loaded.kind}) from ${path} in ${seconds} s; POST query descriptions to http://127.0.0.1:${at}/query`,
    )
    if (app) console.log(`the app (${app.root}) asking it: http://127.0.0.1:${at}/?engine=/query`)
  })
  const stop = () => server.close(() => instance.closeSync())
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
