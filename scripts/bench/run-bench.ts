// Usage: npm run bench [-- --runs 5 --sizes builtin,1000,10000,100000 --timeout 120]
// Builds the app (with the bare vis-timeline baseline page), serves it on loopback, and drives
// Chromium to time what a person waits for, for the built-in story and synthetic datasets. Prints a
// table and writes bench-results/bench-<time>.json. Not a test: it measures, it does not judge.
import { type ChildProcess, execSync, spawn } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { type Browser, chromium, type Page } from '@playwright/test'
import { generateDataset } from '../../src/testing/synthetic-dataset'
import { writePrecompressed } from '../../vite-plugins/precompressed-files.ts'
import { chromiumLaunchOptions } from '../chromium'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    sizes: { type: 'string', default: 'builtin,1000,10000,100000' },
    timeout: { type: 'string', default: '120' },
    port: { type: 'string', default: '4399' },
  },
})
const RUNS = Number(values.runs)
const TIMEOUT = Number(values.timeout) * 1000
const BASE = `http://127.0.0.1:${values.port}`
const sizes = (values.sizes ?? '').split(',').map((size) => size.trim())

type Sample = number | 'timeout' | 'error'
type Row = { size: string; metric: string; app: Sample[]; bare?: Sample[] }

function build(): void {
  console.log('building…')
  execSync('npx vite build', { stdio: 'ignore' })
  execSync('npx vite build --config scripts/bench/bare-page/vite.config.ts', { stdio: 'ignore' })
  mkdirSync('dist/bench', { recursive: true })
  for (const size of sizes) {
    if (size === 'builtin') continue
    const file = `dist/bench/data-${size}.json`
    writeFileSync(file, JSON.stringify(generateDataset(Number(size), 1)))
    // Served compressed once, as the build's own files are (see vite-plugins/precompressed-files.ts).
    writePrecompressed(file)
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok
  } catch {
    return false
  }
}

async function serve(): Promise<ChildProcess> {
  // Another server there (a bench left running, another project) would be measured instead of this build.
  if (await answers(BASE)) {
    throw new Error(`Something already answers at ${BASE}: stop it, or choose another port with --port.`)
  }
  // Vite itself, not through npx: killing npx left its vite child serving the port after the bench.
  const server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(values.port),
      '--strictPort',
    ],
    { stdio: 'ignore' },
  )
  // Stopped however the bench ends: done, failed or interrupted.
  const stop = () => server.kill()
  process.on('exit', stop)
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.on(signal, () => {
      stop()
      process.exit(code)
    })
  }
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await answers(BASE)) return server
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error('preview server did not start')
}

const dataUrl = (size: string) =>
  size === 'builtin' ? '/data/kim-putin-letters.json' : `/bench/data-${size}.json`
const appUrl = (size: string, extra = '') =>
  size === 'builtin' ? `/?${extra}` : `/?data=${dataUrl(size)}${extra ? `&${extra}` : ''}`

// The app is timed inside the page, as the bare page is: a step starts when the page acts, and ends two
// animation frames after the page shows the result (laid out and painted). Driving each step through
// Playwright's own actions would add its protocol round trips (tens of milliseconds) to the app alone.
type Step = {
  /** What the page does at the start: click the first country checkbox, or press a key on the timeline. */
  act?: { kind: 'first-country' } | { kind: 'key'; key: string }
  /** Selectors that must all match something before the step is done. */
  exists?: string[]
  /** A selector whose text must differ from `from` before the step is done. */
  changed?: { selector: string; from: string | null }
  /** Time from navigation start instead of from the act. */
  sinceNavigation?: boolean
}

async function inPage(step: Step): Promise<number> {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve))
  const start = step.sinceNavigation ? 0 : performance.now()
  if (step.act?.kind === 'first-country') {
    const group = Array.from(document.querySelectorAll('fieldset')).find(
      (fieldset) => fieldset.querySelector('legend')?.textContent === 'Countries',
    )
    const box = group?.querySelector<HTMLInputElement>('input[type=checkbox]')
    if (!box) throw new Error('no country checkbox')
    box.click()
  } else if (step.act?.kind === 'key') {
    const canvas = document.querySelector('[aria-label="Timeline canvas"]')
    if (!canvas) throw new Error('no timeline canvas')
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: step.act.key, bubbles: true, cancelable: true }))
  }
  const ready = () =>
    (step.exists ?? []).every((selector) => document.querySelector(selector)) &&
    (!step.changed || document.querySelector(step.changed.selector)?.textContent !== step.changed.from)
  // React applies an update made outside its own event handlers (the timeline's keys) in a microtask
  // after the act: looked for only at the next frame, such an update cost a whole frame more than the
  // bare page's, which acts synchronously. After that, every later look is at a frame.
  await Promise.resolve()
  while (!ready()) await frame()
  await frame()
  await frame()
  return performance.now() - start
}

async function timed(page: Page, step: Step): Promise<Sample> {
  try {
    // Sent as source: tsx names functions with a `__name` helper the page does not have.
    const source = `((__name) => (${inPage.toString()})(${JSON.stringify(step)}))((f) => f)`
    return await withTimeout(page.evaluate(source) as Promise<number>)
  } catch (error) {
    if (process.env.BENCH_DEBUG) console.error(error)
    return String(error).includes('Timeout') ? 'timeout' : 'error'
  }
}

const LOADED = ['.vis-item', 'fieldset input[type=checkbox]']

async function heapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page)
  await session.send('HeapProfiler.collectGarbage')
  const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number }
  return usedSize / 1e6
}

async function measureApp(browser: Browser, size: string, rows: Map<string, Row>) {
  const record = (metric: string, sample: Sample) => {
    const key = `${size}|${metric}`
    const row = rows.get(key) ?? { size, metric, app: [] }
    row.app.push(sample)
    rows.set(key, row)
  }
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  page.setDefaultTimeout(TIMEOUT)
  // 1. Cold load to interactive: the timeline shows items and the filters can be used.
  await page.goto(`${BASE}${appUrl(size)}`, { waitUntil: 'commit' })
  const loaded = await timed(page, { exists: LOADED, sinceNavigation: true })
  record('load to interactive', loaded)
  if (typeof loaded !== 'number') {
    await context.close()
    return
  }
  // The charts load after the first view; the filter step below must include them.
  await page
    .locator('.charts-panel .recharts-surface')
    .first()
    .waitFor()
    .catch(() => {})
  // 2. A country filter toggled, until every view shows it.
  const summary = await page.locator('.filters-summary').textContent()
  record(
    'filter, all views',
    await timed(page, {
      act: { kind: 'first-country' },
      changed: { selector: '.filters-summary', from: summary },
    }),
  )
  // 3. One zoom step and one pan, until the timeline has redrawn.
  for (const [metric, key] of [
    ['zoom step', '+'],
    ['pan step', 'PageDown'],
  ] as const) {
    const shown = await page.locator('.timeline-panel .panel-meta').textContent()
    record(
      metric,
      await timed(page, {
        act: { kind: 'key', key },
        changed: { selector: '.timeline-panel .panel-meta', from: shown },
      }),
    )
  }
  // Measured last: the forced garbage collection it needs also throws away compiled code, and a step
  // timed right after it ran up to twice as slow as a reader would ever see (100k filter: ~600 ms
  // against ~300).
  record('JS heap after the steps (MB)', await heapMb(page))
  await context.close()
  // 4. A deep link to one event, until it is selected and visible.
  const deep = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const deepPage = await deep.newPage()
  deepPage.setDefaultTimeout(TIMEOUT)
  const dataset = JSON.parse(readFileSync(`dist${dataUrl(size)}`, 'utf8')) as {
    events: Array<{ id: string; title: string }>
  }
  const target = dataset.events[Math.floor(dataset.events.length / 2)]
  await deepPage.goto(`${BASE}${appUrl(size, `event=${target?.id}`)}`, { waitUntil: 'commit' })
  record(
    'deep link',
    await timed(deepPage, {
      exists: ['.vis-item.vis-selected', '[aria-labelledby="details-title"] h3'],
      sinceNavigation: true,
    }),
  )
  await deep.close()
}

// page.evaluate waits for ever; a bare page at 100,000 items can take minutes for one step.
function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('Timeout')), TIMEOUT)),
  ])
}

/** Sizes at which the bare page timed out once: it is not run there again (each try costs the whole timeout). */
const bareGaveUp = new Set<string>()

async function measureBare(browser: Browser, size: string, rows: Map<string, Row>) {
  const record = (metric: string, sample: Sample) => {
    const row = rows.get(`${size}|${metric}`)
    if (!row) return
    row.bare ??= []
    row.bare.push(sample)
  }
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  page.setDefaultTimeout(TIMEOUT)
  try {
    await page.goto(`${BASE}/bench/bare.html?data=${dataUrl(size)}`)
    // From navigation start, as for the app: fetch, parse and the first painted timeline.
    const step = async (metric: string, script: string) => {
      try {
        record(metric, (await withTimeout(page.evaluate(script))) as number)
      } catch (error) {
        const timedOut = String(error).includes('Timeout')
        record(metric, timedOut ? 'timeout' : 'error')
        if (timedOut) bareGaveUp.add(size)
        throw error
      }
    }
    await step('load to interactive', 'window.bench.then((b) => b.loadedAt)')
    await step('filter, all views', 'window.bench.then((b) => b.filter())')
    await step('zoom step', 'window.bench.then((b) => b.zoom())')
    await step('pan step', 'window.bench.then((b) => b.pan())')
  } catch {
    // A step that timed out is recorded; the page may be stuck, so the later steps are skipped.
  }
  await context.close().catch(() => {})
}

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
  if (middle === null) return `${failures}/${samples.length} timed out (> ${TIMEOUT / 1000} s)`
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

build()
// Others' work on the machine moves every figure: the load average goes with the results.
const loadAtStart = loadavg()[0] ?? 0
const server = await serve()
const browser = await chromium.launch(chromiumLaunchOptions())
const rows = new Map<string, Row>()
try {
  for (const size of sizes) {
    for (let run = 0; run < RUNS; run += 1) {
      process.stdout.write(`N=${size} run ${run + 1}/${RUNS}: app`)
      await measureApp(browser, size, rows)
      if (bareGaveUp.has(size)) {
        process.stdout.write(', bare skipped (it timed out in an earlier run)')
      } else {
        process.stdout.write(', bare')
        await measureBare(browser, size, rows)
      }
      process.stdout.write('\n')
    }
  }
} finally {
  await browser.close()
  server.kill()
}

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
const loadAtEnd = loadavg()[0] ?? 0
const machine = `${cpus().length} cores; load average ${loadAtStart.toFixed(1)} at the start, ${loadAtEnd.toFixed(1)} at the end`
console.log('\nMedians (min–max) of', RUNS, 'runs; ratio = app / bare vis-timeline page (lower is better)')
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
writeFileSync(out, JSON.stringify({ runs: RUNS, sizes, machine, rows: [...rows.values()], bundles }, null, 2))
console.log(`wrote ${out}`)
