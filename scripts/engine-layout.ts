import { stat } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { DuckDBInstance } from '@duckdb/node-api'
import { writeLayout } from './engine/layout-file'
import { loadFile } from './engine/load-file'

// `npm run engine:layout -- <in: data.parquet|data.csv|story.json> <out.parquet> [--threads 2]
// [--memory-limit 4GB]`: a file into the engine's own layout (src/dataset/query/sql/layout-file.ts),
// read as the service reads it (load-file.ts: an ACLED export through its SQL, a dataset through the
// importer's index), written as Parquet the service and the page then load with no importer's work.

const USAGE =
  'usage: npm run engine:layout -- <data.parquet|data.csv|story.json> <out.parquet> [--threads 2] [--memory-limit 4GB]'

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { threads: { type: 'string', default: '2' }, 'memory-limit': { type: 'string' } },
  })
  const [from, out] = positionals
  if (!from || !out || positionals.length > 2) throw new Error(`a file to read and one to write\n${USAGE}`)
  if (!/\.parquet$/i.test(out))
    throw new Error(`${out}: the layout is written as Parquet (.parquet)\n${USAGE}`)
  const started = performance.now()
  const instance = await DuckDBInstance.create(':memory:', {
    threads: values.threads,
    ...(values['memory-limit'] ? { memory_limit: values['memory-limit'] } : {}),
  })
  const connection = await instance.connect()
  const loaded = await loadFile(connection, from)
  const read = performance.now()
  await writeLayout(connection, loaded.naming, out)
  connection.closeSync()
  instance.closeSync()
  const { size } = await stat(out)
  const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`
  console.log(
    `${loaded.events.toLocaleString('en')} events and ${loaded.quotes.toLocaleString('en')} quotes (${loaded.kind}) from ${from} in ${seconds(started, read)}; the layout written to ${out} in ${seconds(read, performance.now())}, ${(size / 1e6).toFixed(1)} MB`,
  )
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
