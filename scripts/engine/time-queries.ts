import type { AddressInfo } from 'node:net'
import { parseArgs } from 'node:util'
import { DuckDBInstance } from '@duckdb/node-api'
import { type EventFilter, NO_FILTER, type QueryDescription } from '../../src/dataset/query/query-description'
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

const year2020 = { start: Date.UTC(2020, 0, 1), end: Date.UTC(2021, 0, 1) }
const march2020 = { start: Date.UTC(2020, 2, 1), end: Date.UTC(2020, 3, 1) }
const week = { start: Date.UTC(2020, 2, 2), end: Date.UTC(2020, 2, 9) }
const ukraine: EventFilter = { ...NO_FILTER, chosen: { ...NO_FILTER.chosen, country: ['UA'] } }
const questions: Array<[string, QueryDescription]> = [
  [
    'facet counts, nothing chosen',
    {
      kind: 'facet-counts',
      filter: NO_FILTER,
      facets: ['country', 'actor', 'category', 'status'],
      adding: [],
      limit: 50,
    },
  ],
  [
    'facet counts, a country chosen, in 2020',
    {
      kind: 'facet-counts',
      filter: { ...ukraine, window: year2020 },
      facets: ['country', 'actor', 'category', 'status'],
      adding: ['country', 'actor', 'category'],
      limit: 50,
    },
  ],
  [
    'months over 1997–2025',
    {
      kind: 'period-counts',
      filter: { ...NO_FILTER, window: { start: Date.UTC(1997, 0, 1), end: Date.UTC(2026, 0, 1) } },
      bucketing: { period: 'month', every: 1 },
    },
  ],
  [
    'days of 2020, a country',
    {
      kind: 'period-counts',
      filter: { ...ukraine, window: year2020 },
      bucketing: { period: 'day', every: 1 },
    },
  ],
  [
    'weeks of 2020',
    {
      kind: 'period-counts',
      filter: { ...NO_FILTER, window: year2020 },
      bucketing: { period: 'week', every: 1 },
    },
  ],
  [
    '6 hours of a week',
    {
      kind: 'period-counts',
      filter: { ...NO_FILTER, window: week },
      bucketing: { period: 'hour', every: 6 },
    },
  ],
  [
    'years in fives',
    {
      kind: 'period-counts',
      filter: { ...NO_FILTER, window: { start: Date.UTC(1995, 0, 1), end: Date.UTC(2026, 0, 1) } },
      bucketing: { period: 'year', every: 5 },
    },
  ],
  [
    'events in March 2020 (300, drawn fields)',
    {
      kind: 'events',
      filter: { ...NO_FILTER, window: march2020 },
      fields: ['title', 'date', 'precision', 'status', 'countries', 'actors'],
      limit: 300,
      offset: 0,
    },
  ],
  ['map countries in 2020', { kind: 'map-countries', filter: { ...NO_FILTER, window: year2020 } }],
  [
    'map points in 2020 (cells past 5,000)',
    { kind: 'map-points', filter: { ...NO_FILTER, window: year2020 }, limit: 5000, cellDegrees: 1 },
  ],
  ['search "armed clash", a country', { kind: 'search', filter: ukraine, text: 'armed clash', limit: 50 }],
  ['one event’s details', { kind: 'event-details', id: 'ukr1000' }],
  ['quotes of the matching events', { kind: 'quotes', filter: ukraine, event: null, limit: 200 }],
]

const started = performance.now()
const instance = await DuckDBInstance.create(':memory:', { threads: values.threads })
const loading = await instance.connect()
const loaded = await loadFile(loading, path)
loading.closeSync()
console.log(
  `${loaded.events.toLocaleString('en')} events (${loaded.kind}) loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`,
)
const server = createEngineServer({ instance, origin: null, timeoutMs: 60_000, about: {} })
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
