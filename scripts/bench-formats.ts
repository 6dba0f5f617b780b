// Usage: npx tsx scripts/bench-formats.ts [--runs 3] [--rows 100000]
// Times opening the formats of issue 33 at size through readDataset (src/dataset/files/read-dataset.ts),
// the reader the load worker runs, here in Node: a generated GeoJSON FeatureCollection of 100,000
// point features and a generated Timesketch CSV of 100,000 rows (plaso's columns, microsecond times,
// events sharing seconds). Prints each file's size, the median and slowest of the runs, and the
// events opened. The in-browser 3 s target is measured by `npm run bench` (--sizes), not here: this is
// the reading alone, without the worker's messages or the page's index.
import { parseArgs } from 'node:util'
import { readDataset } from '../src/dataset/files/read-dataset'

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, rows: { type: 'string', default: '100000' } },
})
const runs = Math.max(1, Number(values.runs) || 3)
const rows = Math.max(1, Number(values.rows) || 100_000)

// Deterministic, so that runs and machines compare: a small generator, no Math.random.
function numbers(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0
    return state / 2 ** 32
  }
}

const KINDS = ['Battles', 'Protests', 'Riots', 'Explosions/Remote violence', 'Strategic developments']
const COUNTRIES = ['Ukraine', 'Sudan', 'Myanmar', 'Mexico', 'Nigeria', 'Syria', 'Yemen', 'Brazil']

function geoJson(count: number): string {
  const random = numbers(1)
  const features = Array.from({ length: count }, (_, index) => {
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(random() * 1460) * 86_400_000)
    return {
      type: 'Feature',
      id: `ev-${index + 1}`,
      geometry: { type: 'Point', coordinates: [random() * 360 - 180, random() * 170 - 85] },
      properties: {
        date: day.toISOString().slice(0, 10),
        title: `${KINDS[index % KINDS.length]} near site ${index + 1}`,
        country: COUNTRIES[index % COUNTRIES.length],
        category: KINDS[index % KINDS.length],
        fatalities: Math.floor(random() * 20),
      },
    }
  })
  return JSON.stringify({ type: 'FeatureCollection', name: 'Generated events', features })
}

const DESCRIPTIONS = [
  'Content Modification Time',
  'Last Access Time',
  'Creation Time',
  'Metadata Modification Time',
]

function timesketchCsv(count: number): string {
  const random = numbers(2)
  const lines = ['message,timestamp,datetime,timestamp_desc,data_type,display_name,parser,event_level']
  let micros = Date.UTC(2023, 7, 15) * 1000
  for (let index = 0; index < count; index++) {
    // Several events a second, at microseconds apart.
    micros += Math.floor(random() * 400_000)
    const seconds = Math.floor(micros / 1e6)
    const datetime = `${new Date(seconds * 1000).toISOString().slice(0, 19)}.${String(micros % 1_000_000).padStart(6, '0')}+00:00`
    const message = `"[${7000 + (index % 50)}] Service ${index % 300} entered the ${index % 2 ? 'running' : 'stopped'} state, ""as logged"""`
    lines.push(
      `${message},${micros},${datetime},${DESCRIPTIONS[index % DESCRIPTIONS.length]},windows:evtx:record,OS:/Windows/System32/winevt/Logs/System.evtx,winevtx,${index % 5}`,
    )
  }
  return lines.join('\n')
}

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
  await time(`generated-${rows}.geojson`, geoJson(rows)),
  await time(`generated-${rows}-timesketch.csv`, timesketchCsv(rows)),
]
console.log(
  `readDataset in Node ${process.version}, ${runs} run(s) each (the first includes loading the importers):`,
)
for (const { name, megabytes, times, events } of results) {
  console.log(
    `${name.padEnd(34)} ${megabytes.toFixed(1).padStart(5)} MB  median ${(median(times) / 1000).toFixed(2)} s  slowest ${(Math.max(...times) / 1000).toFixed(2)} s  ${events.toLocaleString('en')} events`,
  )
}
