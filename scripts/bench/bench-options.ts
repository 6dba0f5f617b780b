import { parseArgs } from 'node:util'

// Usage: npm run bench [-- --runs 5 --sizes builtin,1000,10000,100000 --timeout 120 --port 4399
// --engine-data bench-results/engine-data --engine-port 8792]
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    sizes: { type: 'string', default: 'builtin,1000,10000,100000' },
    timeout: { type: 'string', default: '120' },
    port: { type: 'string', default: '4399' },
    'engine-data': { type: 'string', default: 'bench-results/engine-data' },
    'engine-port': { type: 'string', default: '8792' },
  },
})

/** The bench's settings, from its command line. */
export const BENCH = {
  runs: Number(values.runs),
  /** How long one step may take, in ms, before it counts as timed out. */
  timeout: Number(values.timeout) * 1000,
  port: Number(values.port),
  base: `http://127.0.0.1:${values.port}`,
  /** Where the engines' layout files are made once (`wasm-N`, `service-N`): 10M rows are 0.8 GB. */
  engineData: values['engine-data'],
  /** Where the service (`service-N`) listens while it is timed. */
  enginePort: Number(values['engine-port']),
  /**
   * "builtin", a number of synthetic events, "acled-N": an ACLED-shaped CSV of N rows, "mapped-N":
   * the same with column names this app does not know, opened through the mapping step, or
   * "geojson-N" and "timesketch-N": a GeoJSON FeatureCollection or a Timesketch CSV, opened from the
   * file picker; "wasm-1m", "service-1m", "service-10m": the generator's ACLED rows in the engine's
   * layout, through DuckDB-WASM in the page or the Node service (scripts/bench/measure-engines.ts).
   */
  sizes: (values.sizes ?? '').split(',').map((size) => size.trim()),
}

/** Where the bench finds each size's dataset, and the app's address for it. */
export const dataUrl = (size: string) =>
  size === 'builtin'
    ? '/data/kim-putin-letters.json'
    : isAcled(size) || isMapped(size) || size.startsWith('timesketch-')
      ? `/bench/${size}.csv`
      : size.startsWith('geojson-')
        ? `/bench/${size}.geojson`
        : `/bench/data-${size}.json`

/** A size that is a real-world file to open (an ACLED export), not a dataset of this app's format. */
export const isAcled = (size: string) => size.startsWith('acled-')
/** A file of another tool's format (GeoJSON, Timesketch), timed only as opened from the file picker. */
export const isOtherFormat = (size: string) => /^(?:geojson|timesketch)-\d+$/.test(size)
/** A sheet whose column names are unknown: it opens through the mapping step, from the file picker. */
export const isMapped = (size: string) => size.startsWith('mapped-')
export const appUrl = (size: string, extra = '') =>
  size === 'builtin' ? `/?${extra}` : `/?data=${dataUrl(size)}${extra ? `&${extra}` : ''}`
