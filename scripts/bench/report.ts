import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { BENCH } from './bench-options'
import type { Rows, Sample } from './samples'

function median(samples: Sample[]): number | null {
  const numbers = samples
    .filter((sample): sample is number => typeof sample === 'number')
    .sort((a, b) => a - b)
  if (numbers.length === 0 || numbers.length < samples.length / 2) return null
  return numbers[Math.floor(numbers.length / 2)] ?? null
}

function summarize(samples: Sample[] | undefined, unit = 'ms'): string {
  if (!samples?.length) return '—'
  const numbers = samples.filter((sample): sample is number => typeof sample === 'number')
  const failures = samples.length - numbers.length
  const middle = median(samples)
  if (middle === null) return `${failures}/${samples.length} timed out (> ${BENCH.timeout / 1000} s)`
  const range = `${Math.round(Math.min(...numbers))}–${Math.round(Math.max(...numbers))}`
  return `${Math.round(middle)} ${unit} (${range})${failures ? `, ${failures} timed out` : ''}`
}

/** The files the built page names itself (its script, the app's preloaded chunks, its styles): the first view's code. */
function firstViewFiles(): Set<string> {
  const html = readFileSync('dist/index.html', 'utf8')
  return new Set([...html.matchAll(/(?:src|href)="\/assets\/([^"]+)"/g)].map((match) => match[1] ?? ''))
}

function bundleSizes(): Array<{ file: string; raw: number; gzip: number; firstView: boolean }> {
  const firstView = firstViewFiles()
  return readdirSync('dist/assets')
    .filter((file) => file.endsWith('.js') || file.endsWith('.css'))
    .map((file) => {
      const content = readFileSync(`dist/assets/${file}`)
      return {
        file,
        raw: statSync(`dist/assets/${file}`).size,
        gzip: gzipSync(content).length,
        firstView: firstView.has(file),
      }
    })
    .sort((a, b) => b.gzip - a.gzip)
}

/**
 * Prints the table (medians, ranges, ratios to the bare page) and the bundle sizes, and writes them
 * with every sample to bench-results/bench-<time>.json. `machine` says how busy the machine was.
 */
export function report(rows: Rows, machine: string): void {
  const table = [...rows.values()].map((row) => {
    const app = median(row.app)
    const bare = row.bare ? median(row.bare) : null
    return {
      N: row.size,
      step: row.metric,
      app: summarize(row.app, row.metric.includes('MB') ? 'MB' : 'ms'),
      bare: summarize(row.bare),
      ratio: app !== null && bare !== null && bare > 0 ? (app / bare).toFixed(2) : '—',
    }
  })
  console.log(
    '\nMedians (min–max) of',
    BENCH.runs,
    'runs; ratio = app / bare vis-timeline page (lower is better)',
  )
  console.log(`Machine: ${machine}`)
  console.table(table)
  const bundles = bundleSizes()
  console.log('Bundle (dist/assets), largest first:')
  console.table(
    bundles.map(({ file, raw, gzip, firstView }) => ({
      file,
      raw: `${(raw / 1024).toFixed(1)} kB`,
      gzip: `${(gzip / 1024).toFixed(1)} kB`,
      'first view': firstView ? 'yes' : '',
    })),
  )
  const firstViewGzip = bundles
    .filter((bundle) => bundle.firstView)
    .reduce((sum, bundle) => sum + bundle.gzip, 0)
  console.log(`First view (the files index.html names): ${(firstViewGzip / 1024).toFixed(1)} kB gzip`)
  mkdirSync('bench-results', { recursive: true })
  const out = `bench-results/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`
  writeFileSync(
    out,
    JSON.stringify(
      { runs: BENCH.runs, sizes: BENCH.sizes, machine, rows: [...rows.values()], bundles },
      null,
      2,
    ),
  )
  console.log(`wrote ${out}`)
}
