import { readdirSync, statSync } from 'node:fs'
import { loadavg } from 'node:os'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { type Browser, chromium, type Page } from '@playwright/test'
import { loadFileInPage, openEngine } from '../../e2e/engine-page/in-page'
import { chromiumLaunchOptions } from '../chromium'
import { chromiumRss } from './chromium-rss'

// Where opening a large file in DuckDB-WASM pays against reading it into the page's objects (issue 34,
// docs/decisions/query-engine.md, "Opening a large file"). For each file given: the app opening it from
// the file picker as today (the importers in their worker, the page's index: to interactive, the
// longest task on the page's thread, the page's heap, Chromium's memory); and the engine's page
// (e2e/engine-page/) starting DuckDB-WASM cold, loading the same file as a picked file (DuckDB's CSV
// reader, or hyparquet for Parquet) and answering the first questions the engine-held page asks.
// Run against a preview already serving the app and the engine's page (never started here: under
// the machine's lock nothing may be left running):
//   flock /work/e2e.lock npx tsx scripts/bench/where-the-engine-pays.ts --base http://127.0.0.1:4453 \
//     --dir /work/data-h3 [--runs 2]

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:4453' },
    dir: { type: 'string', default: '/work/data-h3' },
    runs: { type: 'string', default: '1' },
    only: { type: 'string', default: '' },
  },
})
const runs = Number(values.runs)
/** The app is interactive: the timeline has drawn and the filters are there (as measure-app.ts waits). */
const LOADED = ['.vis-item', 'fieldset input[type=checkbox]']

async function heapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page)
  await session.send('HeapProfiler.collectGarbage')
  const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number }
  await session.detach()
  return usedSize / 1e6
}

/** Starts counting the page's long tasks (over 50 ms); `longTasks` reads them. */
const watchLongTasks = (page: Page) =>
  page.evaluate(() => {
    const seen: number[] = []
    Object.assign(window, { __longTasks: seen })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push(entry.duration)
    }).observe({ type: 'longtask' })
  })
const longTasks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks)

type Row = { file: string; way: string; ms: number; detail: string }

async function inMemory(browser: Browser, path: string): Promise<Row> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  page.setDefaultTimeout(300_000)
  await page.goto(`${values.base}/`)
  await page
    .locator(LOADED[0] ?? '')
    .first()
    .waitFor()
  const title = await page.locator('h1').textContent()
  await watchLongTasks(page)
  const begin = Date.now()
  await page.locator('input[type=file]').first().setInputFiles(path)
  await page.waitForFunction(
    ({ selectors, title }) =>
      selectors.every((selector) => document.querySelector(selector)) &&
      document.querySelector('h1')?.textContent !== title,
    { selectors: LOADED, title },
    { polling: 50 },
  )
  const ms = Date.now() - begin
  const tasks = await longTasks(page)
  const rss = chromiumRss()
  const heap = await heapMb(page)
  await context.close()
  return {
    file: basename(path),
    way: 'in the page (importers)',
    ms,
    detail: `longest task ${Math.round(Math.max(0, ...tasks))} ms, ${tasks.filter((t) => t > 200).length} over 200 ms; heap ${heap.toFixed(0)} MB; Chromium ${(rss / 1e6).toFixed(0)} MB`,
  }
}

const FIRST_QUESTIONS = [
  { kind: 'story-summary' },
  {
    kind: 'facet-counts',
    filter: {
      chosen: { country: [], actor: [], category: [], status: [] },
      search: '',
      area: null,
      window: null,
    },
    facets: ['country', 'category'],
    adding: [],
    limit: 12,
  },
  {
    kind: 'events',
    filter: {
      chosen: { country: [], actor: [], category: [], status: [] },
      search: '',
      area: null,
      window: null,
    },
    fields: ['title', 'date', 'precision', 'status', 'countries'],
    limit: 100,
    offset: 0,
  },
]

async function inEngine(browser: Browser, path: string): Promise<Row> {
  const context = await browser.newContext({ baseURL: values.base })
  const page = await context.newPage()
  page.setDefaultTimeout(900_000)
  // The file is served by the preview from dist/engine/data (linked there by the caller).
  const { engine, startMs } = await openEngine(page)
  await watchLongTasks(page)
  const kind = path.endsWith('.parquet') ? 'parquet' : 'csv'
  const loaded = await loadFileInPage(engine, kind, `/engine/data/${basename(path)}`, 'file')
  const asked = await engine.check.evaluate(async (check, questions) => {
    if (!check) throw new Error('the engine page has not loaded')
    const begin = performance.now()
    await Promise.all(questions.map((question) => check.answer(question)))
    return performance.now() - begin
  }, FIRST_QUESTIONS)
  const tasks = await longTasks(page)
  const rss = chromiumRss()
  await context.close()
  return {
    file: basename(path),
    way: `DuckDB-WASM (${kind === 'csv' ? "DuckDB's CSV reader" : 'hyparquet'})`,
    ms: Math.round(startMs + loaded.ms + asked),
    detail: `start ${Math.round(startMs)} + load ${Math.round(loaded.ms)} + first questions ${Math.round(asked)} ms (${loaded.events} events); longest task ${Math.round(Math.max(0, ...tasks))} ms; Chromium ${(rss / 1e6).toFixed(0)} MB`,
  }
}

async function main(): Promise<void> {
  const files = readdirSync(values.dir)
    .filter((name) => /^acled-\d+\.(csv|parquet)$/.test(name))
    .filter((name) => values.only === '' || name.includes(values.only))
    .sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]))
  const load = () =>
    loadavg()
      .map((value) => value.toFixed(1))
      .join(' ')
  console.log(`${new Date().toISOString()}, load average ${load()}`)
  console.log('| file | MB | way | to interactive (ms) | detail |')
  console.log('| --- | --- | --- | --- | --- |')
  for (const name of files) {
    const path = `${values.dir}/${name}`
    const mb = (statSync(path).size / 1e6).toFixed(1)
    for (let run = 0; run < runs; run++) {
      const ways = name.endsWith('.parquet') ? [inEngine] : [inMemory, inEngine]
      for (const way of ways) {
        // A browser of its own per measurement: its memory is this opening's alone.
        const browser = await chromium.launch(chromiumLaunchOptions())
        try {
          const row = await way(browser, path)
          console.log(`| ${row.file} | ${mb} | ${row.way} | ${row.ms} | ${row.detail} |`)
        } catch (error) {
          console.log(`| ${name} | ${mb} | ${way.name} | failed | ${String(error).split('\n')[0]} |`)
        } finally {
          await browser.close()
        }
      }
    }
  }
  console.log(`${new Date().toISOString()}, load average ${load()}`)
}

await main()
