import type { AddressInfo } from 'node:net'
import { parseArgs } from 'node:util'
import { DuckDBInstance } from '@duckdb/node-api'
import { BENCH_QUESTIONS as questions } from './bench-questions'
import { createEngineServer } from './engine-server'
import { loadFile } from './load-file'

// `npm run bench:engine -- events.parquet [--runs 7] [--threads 2]`: each kind of question the views
// ask, through the service (HTTP, SQL, Arrow), timed on a file of the generator's ACLED rows (the
// filters name its countries and years). Prints the median and the worst of the runs per question.

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '7' }, threads: { type: 'string', default: '2' } },
})
const [path] = positionals
if (!path)
  throw new Error('usage: npm run bench:engine -- <events.parquet|events.csv> [--runs 7] [--threads 2]')
const runs = Number(values.runs)

const started = performance.now()
const instance = await DuckDBInstance.create(':memory:', { threads: values.threads })
const loading = await instance.connect()
const loaded = await loadFile(loading, path)
loading.closeSync()
console.log(
  `${loaded.events.toLocaleString('en')} events (${loaded.kind}) loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`,
)
const server = createEngineServer({
  instance,
  origin: null,
  timeoutMs: 60_000,
  naming: loaded.naming,
  about: {},
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/query`

console.log(`| question | median ms | worst ms | Arrow bytes |\n| --- | --- | --- | --- |`)
for (const [name, query] of questions) {
  const times: number[] = []
  let bytes = 0
  for (let run = 0; run < runs; run++) {
    const before = performance.now()
    const response = await fetch(url, { method: 'POST', body: JSON.stringify(query) })
    const body = await response.arrayBuffer()
    times.push(performance.now() - before)
    if (!response.ok) throw new Error(`${name}: ${response.status} ${new TextDecoder().decode(body)}`)
    bytes = body.byteLength
  }
  times.sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)] ?? 0
  console.log(
    `| ${name} | ${median.toFixed(0)} | ${(times.at(-1) ?? 0).toFixed(0)} | ${bytes.toLocaleString('en')} |`,
  )
}
server.close()
instance.closeSync()
