import { execFileSync, spawn } from 'node:child_process'
import { existsSync, linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import { chromium, type Page } from '@playwright/test'
import { type EnginePage, loadFileInPage, openEngine, progressInPage } from '../../e2e/engine-page/in-page'
import { chromiumRss } from '../bench/chromium-rss'
import { chromiumLaunchOptions } from '../chromium'
import { BENCH_QUESTIONS } from './bench-questions'

// `npm run bench:wasm [-- --rows 1000000 --runs 10 --port 4433 --kinds layout,parquet,csv
// --data bench-results/engine-data]` (under the machine's lock, beside other work): DuckDB-WASM in
// Chromium, on the app's build and the engine's page (e2e/engine-page/), served by the app's preview
// behind a counting proxy on loopback. Times the engine's cold start, a load of the generator's rows
// in the engine's own layout (hyparquet straight into the tables), as an ACLED Parquet export
// (hyparquet, then the ACLED SQL) and as CSV (DuckDB's reader), each by address and as a picked file,
// with the bytes fetched, the progress reports, the page's long tasks and the memory of the engine
// and of Chromium's processes; then each question kind on the last load (median and worst of --runs,
// timed in the page), and the bytes a count over each file by address fetched (and whether ranges
// were answered). The files are made once into --data (a folder outside the repository for 10M);
// --counts-only times the counts alone.

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '10' },
    port: { type: 'string', default: '4433' },
    starts: { type: 'string', default: '3' },
    kinds: { type: 'string', default: 'layout,parquet,csv' },
    data: { type: 'string', default: 'bench-results/engine-data' },
    // --counts-only: the footers' counts by address and their bytes, no load (10M rows do not fit).
    'counts-only': { type: 'boolean', default: false },
  },
})
const KINDS = ['layout', 'parquet', 'csv'] as const
type Kind = (typeof KINDS)[number]
const kinds = values.kinds.split(',').filter((kind): kind is Kind => KINDS.some((known) => known === kind))
if (kinds.length === 0) throw new Error(`--kinds: some of ${KINDS.join(',')}`)
const rows = Number(values.rows)
const runs = Number(values.runs)
const previewPort = Number(values.port)
const CACHE = values.data
const SERVED = 'dist/engine/data'

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`

/** Each kind's file: the generator's rows as CSV, as Parquet, and as Parquet in the engine's layout. */
const fileOf = (kind: Kind) =>
  ({ csv: `acled-${rows}.csv`, parquet: `acled-${rows}.parquet`, layout: `layout-${rows}.parquet` })[kind]

function buildAndData(): void {
  console.log('building the app and the engine page…')
  execFileSync('npx', ['vite', 'build'], { stdio: 'ignore' })
  execFileSync('npx', ['vite', 'build', '--config', 'e2e/engine-page/vite.config.ts'], { stdio: 'ignore' })
  mkdirSync(CACHE, { recursive: true })
  mkdirSync(SERVED, { recursive: true })
  for (const kind of kinds) {
    const file = fileOf(kind)
    if (!existsSync(`${CACHE}/${file}`)) {
      console.log(`generating ${file}…`)
      execFileSync(
        'npx',
        [
          'tsx',
          'scripts/generate-acled.ts',
          '--rows',
          String(rows),
          '--out',
          `${CACHE}/${file}`,
          ...(kind === 'layout' ? ['--layout', '--memory-limit', '12GB'] : []),
        ],
        { stdio: 'ignore' },
      )
    }
    // Served without a gzip twin: a range is of the file's own bytes.
    rmSync(`${SERVED}/${file}`, { force: true })
    linkSync(`${CACHE}/${file}`, `${SERVED}/${file}`)
  }
}

/** What the proxy saw for one file: requests, the bytes of their bodies, and the statuses. */
type Traffic = { requests: number; bytes: number; statuses: Set<number>; ranges: number }
const traffic = new Map<string, Traffic>()

/** A loopback proxy in front of the preview that counts each response's body bytes per path. */
async function countingProxy(target: number): Promise<Server> {
  const server = createServer((incoming, outgoing) => {
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: target,
        path: incoming.url,
        method: incoming.method,
        headers: incoming.headers,
      },
      (response) => {
        const path = new URL(incoming.url ?? '/', 'http://proxy').pathname
        const seen = traffic.get(path) ?? { requests: 0, bytes: 0, statuses: new Set(), ranges: 0 }
        seen.requests++
        seen.statuses.add(response.statusCode ?? 0)
        if (incoming.headers.range) seen.ranges++
        traffic.set(path, seen)
        response.on('data', (chunk: Buffer) => {
          seen.bytes += chunk.length
        })
        outgoing.writeHead(response.statusCode ?? 502, response.headers)
        response.pipe(outgoing)
      },
    )
    incoming.pipe(upstream)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return server
}

async function pageHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  const { metrics } = await cdp.send('Performance.getMetrics')
  await cdp.detach()
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0
}

// What the engine's page does, each run in the page (a function there cannot call one here).
const countParquet = ({ check }: EnginePage, url: string) =>
  check.evaluate((check, url) => {
    if (!check) throw new Error('the engine page has not loaded')
    return check.countParquet(url)
  }, url)
const countCsv = ({ check }: EnginePage, url: string) =>
  check.evaluate((check, url) => {
    if (!check) throw new Error('the engine page has not loaded')
    return check.countCsv(url)
  }, url)
const takeLongTasks = ({ check }: EnginePage) =>
  check.evaluate((check) => {
    if (!check) throw new Error('the engine page has not loaded')
    return check.takeLongTasks()
  })
const engineMemory = ({ check }: EnginePage) =>
  check.evaluate((check) => {
    if (!check) throw new Error('the engine page has not loaded')
    return check.engineMemory()
  })
const timeAnswer = ({ check }: EnginePage, question: unknown, runs: number) =>
  check.evaluate(
    (check, { question, runs }) => {
      if (!check) throw new Error('the engine page has not loaded')
      return check.timeAnswer(question, runs)
    },
    { question, runs },
  )

async function main(): Promise<void> {
  buildAndData()
  const preview = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--strictPort', '--port', String(previewPort)],
    {
      stdio: 'ignore',
      detached: true,
    },
  )
  try {
    // --strictPort: a port another server holds ends this preview, and the bench with it (never
    // another worktree's server measured in its place).
    let ended = false
    preview.on('exit', () => {
      ended = true
    })
    for (let tries = 0; ; tries++) {
      if (ended) throw new Error(`the preview could not start on port ${previewPort}: --port another`)
      try {
        if ((await fetch(`http://127.0.0.1:${previewPort}/engine/engine.html`)).ok) break
      } catch {
        if (tries > 60) throw new Error('the preview did not start')
      }
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    const proxy = await countingProxy(previewPort)
    const base = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
    const browser = await chromium.launch(chromiumLaunchOptions())
    const report: string[] = []
    const log = (line: string) => {
      console.log(line)
      report.push(line)
    }
    try {
      // Cold starts: a new context each time (no cache of the 34 MB module).
      log(
        `${new Date().toISOString()}, load average ${loadavg()
          .map((load) => load.toFixed(1))
          .join(' ')}`,
      )
      const starts: number[] = []
      for (let start = 0; start < Number(values.starts); start++) {
        const context = await browser.newContext({ baseURL: base })
        const { startMs } = await openEngine(await context.newPage())
        starts.push(startMs)
        await context.close()
      }
      log(
        `engine cold start (new context, module over loopback): ${starts.map((ms) => seconds(ms)).join(', ')}`,
      )

      const urlOf = (kind: Kind) => `/engine/data/${fileOf(kind)}`
      const trafficOf = (seen: Traffic | undefined) =>
        seen
          ? `${seen.requests} requests (${seen.ranges} with Range; statuses ${[...seen.statuses].join(', ')}), ${seen.bytes.toLocaleString('en')} bytes`
          : 'nothing fetched'
      // Bytes a count fetches by address.
      {
        const context = await browser.newContext({ baseURL: base })
        const { engine } = await openEngine(await context.newPage())
        for (const kind of kinds) {
          traffic.clear()
          const begin = performance.now()
          const count = await (kind === 'csv' ? countCsv : countParquet)(engine, urlOf(kind))
          log(
            `count over the ${kind} file by address${kind === 'csv' ? " (DuckDB's reader)" : ' (its footer)'}: ${count.toLocaleString('en')} rows in ${seconds(performance.now() - begin)}, ${trafficOf(traffic.get(urlOf(kind)))}`,
          )
        }
        await context.close()
      }

      // Loads, each in a new engine; the questions on the last.
      let last: { engine: EnginePage; page: Page } | undefined
      for (const kind of values['counts-only'] ? [] : [...kinds].reverse()) {
        for (const as of ['url', 'file'] as const) {
          const url = urlOf(kind)
          const context = await browser.newContext({ baseURL: base })
          const page = await context.newPage()
          const { engine } = await openEngine(page)
          await takeLongTasks(engine)
          traffic.clear()
          const loaded = await loadFileInPage(engine, kind === 'csv' ? 'csv' : 'parquet', url, as)
          const seen = traffic.get(url)
          const long = await takeLongTasks(engine)
          const reports = kind === 'csv' ? [] : await progressInPage(engine)
          log(
            `load ${kind} ${as === 'url' ? 'by address' : 'as a picked file'}: ${loaded.events.toLocaleString('en')} events in ${seconds(loaded.ms)}; fetched ${mb(seen?.bytes ?? 0)} in ${seen?.requests ?? 0} requests (${seen?.ranges ?? 0} with Range); ${reports.length} progress reports${reports.length ? `, the last ${reports.at(-1)?.join(' of ')}` : ''}; page long tasks ${long.length}, longest ${Math.max(0, ...long).toFixed(0)} ms; Chromium RSS ${mb(chromiumRss())}, page heap ${mb(await pageHeap(page))}, engine ${mb(await engineMemory(engine))}`,
          )
          if (last) await last.page.context().close()
          last = { engine, page }
        }
      }
      if (last) {
        log(
          `\n| question (${rows.toLocaleString('en')} rows, in the page) | median ms | worst ms |\n| --- | --- | --- |`,
        )
        for (const [name, question] of BENCH_QUESTIONS) {
          const times = (await timeAnswer(last.engine, question, runs)).sort((a, b) => a - b)
          log(
            `| ${name} | ${(times[Math.floor(times.length / 2)] ?? 0).toFixed(0)} | ${(times.at(-1) ?? 0).toFixed(0)} |`,
          )
        }
        log(
          `\nChromium RSS after the questions: ${mb(chromiumRss())}, page heap ${mb(await pageHeap(last.page))}`,
        )
      }
    } finally {
      await browser.close()
      proxy.close()
    }
    mkdirSync('bench-results', { recursive: true })
    writeFileSync(`bench-results/wasm-${rows}-${kinds.join('-')}.md`, `${report.join('\n')}\n`)
  } finally {
    if (preview.pid && preview.exitCode === null) process.kill(-preview.pid)
  }
}

await main()
