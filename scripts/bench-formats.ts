// Usage: npx tsx scripts/bench-formats.ts [--runs 3] [--rows 100000]
// Times opening the formats of issue 33 at size through readDataset (src/dataset/files/read-dataset.ts),
// the reader the load worker runs, here in Node: a generated GeoJSON FeatureCollection of 100,000
// point features and a generated Timesketch CSV of 100,000 rows (plaso's columns, microsecond times,
// events sharing seconds). Prints each file's size, the median and slowest of the runs, and the
// events opened. The in-browser 3 s target is measured by `npm run bench -- --sizes geojson-100000,timesketch-100000`, not here: this is
// the reading alone, without the worker's messages or the page's index.
import { parseArgs } from 'node:util'
import { readDataset } from '../src/dataset/files/read-dataset'
import { generateGeoJson, generateTimesketchCsv } from '../src/testing/synthetic-formats'

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, rows: { type: 'string', default: '100000' } },
})
const runs = Math.max(1, Number(values.runs) || 3)
const rows = Math.max(1, Number(values.rows) || 100_000)

type Timed = { name: string; megabytes: number; times: number[]; events: number }

async function time(name: string, text: string): Promise<Timed> {
  const times: number[] = []
  let events = 0
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    const result = await readDataset([{ name, text }])
    times.push(performance.now() - started)
    if (!result.ok) throw new Error(`${name} did not open: ${result.message}`)
    events = result.dataset.events.length
  }
  return { name, megabytes: text.length / 1e6, times, events }
}

const median = (list: readonly number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0
const results = [
  await time(`generated-${rows}.geojson`, generateGeoJson(rows)),
  await time(`generated-${rows}-timesketch.csv`, generateTimesketchCsv(rows)),
]
console.log(
  `readDataset in Node ${process.version}, ${runs} run(s) each (the first includes loading the importers):`,
)
for (const { name, megabytes, times, events } of results) {
  console.log(
    `${name.padEnd(34)} ${megabytes.toFixed(1).padStart(5)} MB  median ${(median(times) / 1000).toFixed(2)} s  slowest ${(Math.max(...times) / 1000).toFixed(2)} s  ${events.toLocaleString('en')} events`,
  )
}
