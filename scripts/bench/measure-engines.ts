import { execFileSync, spawn } from 'node:child_process'
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import type { Browser, Page } from '@playwright/test'
import { type EnginePage, loadFileInPage, openEngine } from '../../e2e/engine-page/in-page'
import { BENCH_QUESTIONS } from '../engine/bench-questions'
import { BENCH } from './bench-options'
import { type Rows, recordApp, type Sample, withTimeout } from './samples'

// The engines' part of `npm run bench` (sizes `wasm-1m`, `service-1m`, `service-10m`: out of the
// default run, they take minutes and gigabytes): the generator's ACLED rows in the engine's own
// layout (npm run generate:acled -- --layout, made once into --engine-data), loaded by DuckDB-WASM in
// the page (by address and as a picked file) or by the Node service, then each question the views
// ask timed ten times (the same set as bench:engine and bench:wasm), and the memory each holds.
// Beside them in the same run, the in-memory figures of a size such as 100000.

/** "wasm-1m", "service-10m": which engine, and how many rows ("1m" a million, or a plain number). */
export function engineSize(size: string): { engine: 'wasm' | 'service'; rows: number } | null {
  const match = /^(wasm|service)-(\d+)(m?)$/.exec(size)
  if (!match) return null
  const engine = match[1] === 'wasm' ? 'wasm' : 'service'
  return { engine, rows: Number(match[2]) * (match[3] ? 1_000_000 : 1) }
}

const TIMES_EACH = 10

/** The layout file of `rows` generated rows, made once, linked where the preview serves it. */
function layoutFile(rows: number): { path: string; url: string } {
  mkdirSync(BENCH.engineData, { recursive: true })
  const name = `layout-${rows}.parquet`
  const path = `${BENCH.engineData}/${name}`
  if (!existsSync(path)) {
    process.stdout.write(` (generating ${name})`)
    execFileSync(
      'npx',
      [
        'tsx',
        'scripts/generate-acled.ts',
        '--rows',
        String(rows),
        '--out',
        path,
        '--layout',
        '--memory-limit',
        '12GB',
      ],
      { stdio: 'ignore' },
    )
  }
  mkdirSync('dist/engine/data', { recursive: true })
  // Served without a gzip twin: a range is of the file's own bytes.
  rmSync(`dist/engine/data/${name}`, { force: true })
  linkSync(path, `dist/engine/data/${name}`)
  return { path, url: `/engine/data/${name}` }
}

/** Builds the engine's page (dist/engine/) beside the app's build, once. */
export function buildEnginePage(): void {
  execFileSync('npx', ['vite', 'build', '--config', 'e2e/engine-page/vite.config.ts'], { stdio: 'ignore' })
}

/** Resident memory of a process and its descendants (Linux /proc), in bytes; only those `named` where given. */
function treeRss(root: number, named?: RegExp): number {
  let total = 0
  const children = (pid: number): number[] => {
    try {
      return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number)
    } catch {
      return []
    }
  }
  const visit = (pid: number) => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8')
      if (!named || named.test(/^Name:\s*(.*)$/m.exec(status)?.[1] ?? ''))
        total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024
    } catch {
      // A process that ended while being read.
    }
    for (const child of children(pid)) visit(child)
  }
  visit(root)
  return total
}

const MB = 1e6

async function timeQuestions(
  rows: Rows,
  size: string,
  ask: (question: unknown) => Promise<Sample>,
): Promise<void> {
  for (const [name, question] of BENCH_QUESTIONS)
    for (let time = 0; time < TIMES_EACH; time++) recordApp(rows, size, `${name} (ms)`, await ask(question))
}

/** DuckDB-WASM in the engine's page: cold start, the layout loaded by address and as a picked file. */
export async function measureWasm(
  browser: Browser,
  size: string,
  rowCount: number,
  rows: Rows,
): Promise<void> {
  const { url } = layoutFile(rowCount)
  let last: { page: Page; engine: EnginePage } | undefined
  // A load that fails or times out must not leave its browser context (a whole engine) open.
  try {
    for (const as of ['url', 'file'] as const) {
      const context = await browser.newContext({ baseURL: BENCH.base })
      try {
        const page = await context.newPage()
        const { engine, startMs } = await openEngine(page)
        recordApp(rows, size, 'engine cold start (ms)', startMs)
        const loaded = await withTimeout(loadFileInPage(engine, 'parquet', url, as), BENCH.timeout)
        recordApp(rows, size, `load, ${as === 'url' ? 'by address' : 'as a picked file'} (ms)`, loaded.ms)
        if (last) await last.page.context().close()
        last = { page, engine }
      } catch (error) {
        await context.close()
        throw error
      }
    }
    if (!last) return
    const { engine } = last
    recordApp(
      rows,
      size,
      'engine memory, duckdb_memory() (MB)',
      (await engine.check.evaluate((check) => check?.engineMemory() ?? 0)) / MB,
    )
    await timeQuestions(rows, size, async (question) => {
      const [ms] = await engine.check.evaluate(
        (check, question) => check?.timeAnswer(question, 1) ?? [],
        question,
      )
      return ms ?? 'error'
    })
    // Chromium's processes under this bench (this run's only context open; the preview is not one).
    recordApp(rows, size, 'Chromium processes RSS (MB)', treeRss(process.pid, /chrom/i) / MB)
  } finally {
    await last?.page.context().close()
  }
}

/** The Node service over the layout file: from its start to listening, its answers through HTTP, its memory. */
export async function measureService(size: string, rowCount: number, rows: Rows): Promise<void> {
  const { path } = layoutFile(rowCount)
  const port = BENCH.enginePort
  const begin = performance.now()
  const service = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/serve-engine.ts',
      path,
      '--port',
      String(port),
      '--app',
      'none',
      '--timeout-ms',
      '60000',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  try {
    await withTimeout(
      new Promise<void>((resolve, reject) => {
        service.stdout.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes('POST query descriptions')) resolve()
        })
        service.once('exit', (code) => reject(new Error(`the service ended (${code})`)))
      }),
      BENCH.timeout,
    )
    recordApp(rows, size, 'service start to listening (ms)', performance.now() - begin)
    await timeQuestions(rows, size, async (question) => {
      const before = performance.now()
      const response = await fetch(`http://127.0.0.1:${port}/query`, {
        method: 'POST',
        body: JSON.stringify(question),
      })
      await response.arrayBuffer()
      return response.ok ? performance.now() - before : 'error'
    })
    if (service.pid) recordApp(rows, size, 'service RSS (MB)', treeRss(service.pid) / MB)
  } finally {
    service.kill()
  }
}
