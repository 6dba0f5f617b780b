/**
 * Large files of the formats of issue 33, made for the benches (scripts/bench-formats.ts reads them in
 * Node; npm run bench opens them in Chromium from the file picker): a GeoJSON FeatureCollection of
 * point features and a Timesketch CSV (plaso's columns, microsecond times, events sharing seconds).
 */

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

export function generateGeoJson(count: number): string {
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

export function generateTimesketchCsv(count: number): string {
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
