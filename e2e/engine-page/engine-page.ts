/// <reference types="vite/client" />
import { titleFromFileName } from '../../src/dataset/import/sheet/title-from-file-name'
import { readCountry } from '../../src/dataset/import/values/read-country'
import type { Answer, StoryNaming } from '../../src/dataset/query/answers'
import { parseQuery } from '../../src/dataset/query/parse-query'
import { indexStory } from '../../src/dataset/story-index'
import { validateDataset } from '../../src/dataset/validate/validate-dataset'

// The engine's page for the end-to-end tests and `npm run bench:wasm`: DuckDB-WASM started in a real
// Chromium, under the app's Content-Security-Policy (this page is built with the app's plugin and
// served by the same preview), loading files this site serves and answering query descriptions.
// Built on its own (vite.config.ts here), into dist/engine/, so the app's chunks are those
// `npm run build` makes. The engine's code arrives by dynamic import, as the app is to load it.

type Wasm = typeof import('../../src/dataset/query/wasm/engine')
type Loaded = { events: number; quotes: number; ms: number }

let wasm: Wasm | undefined
let engine: Awaited<ReturnType<Wasm['startWasmEngine']>> | undefined
/** The loaded story's names, as the app's loader would give them (a file of rows: its name). */
let naming: StoryNaming = { title: '', source: null, named: true }
function named(url: string): StoryNaming {
  const title = titleFromFileName(url.split('/').pop() ?? url)
  return { title, source: title, named: true }
}

const readCountryCode = (name: string) => readCountry(name, false).code
/** The last Parquet load's progress reports: rows read, of rows. */
let progress: Array<[number, number]> = []
/** The page's thread's long tasks (over 50 ms) since the page opened, in ms: the bench's "no frozen task". */
const longTasks: number[] = []
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push(entry.duration)
}).observe({ type: 'longtask', buffered: true })

function started() {
  if (!wasm || !engine) throw new Error('start() first')
  return { wasm, engine }
}

async function timed(load: () => Promise<unknown>): Promise<Loaded> {
  const { wasm, engine } = started()
  const begin = performance.now()
  await load()
  const ms = performance.now() - begin
  return { ...(await wasm.tableSizes(engine)), ms }
}

async function fileOf(url: string): Promise<Blob> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: ${response.status}`)
  return response.blob()
}

const engineCheck = {
  /** Loads the engine's code and starts it; milliseconds from asking to a connection. */
  async start(): Promise<number> {
    const begin = performance.now()
    wasm = await import('../../src/dataset/query/wasm/engine')
    naming = { title: '', source: null, named: true }
    engine = await wasm.startWasmEngine()
    return performance.now() - begin
  },
  /** Empties the engine: a new one, the old one's worker ended. */
  async restart(): Promise<number> {
    await engine?.close()
    return engineCheck.start()
  },
  /** A Story Timeline dataset as the app reads it (validated, indexed), loaded through the table layout. */
  async loadStory(url: string): Promise<Loaded> {
    const result = validateDataset(await (await fileOf(url)).text().then(JSON.parse))
    if (!result.ok) throw new Error(`${url}: not a valid dataset`)
    const story = indexStory(result.dataset)
    naming = { title: story.dataset.title, source: story.dataset.source.title, named: true }
    return timed(() => started().wasm.loadStoryIntoEngine(started().engine, story))
  },
  /** An ACLED CSV by DuckDB's reader, from this site by address or as a picked file would be. */
  async loadCsv(url: string, as: 'url' | 'file'): Promise<Loaded> {
    const source = as === 'url' ? { url } : { file: await fileOf(url) }
    naming = named(url)
    return timed(() => started().wasm.loadDelimited(started().engine, source, readCountryCode))
  },
  /**
   * A Parquet file through hyparquet, by address (ranges) or as a picked file: an ACLED export, or
   * a file in the engine's layout (named by its footer). `progress`: each report, rows read of rows.
   */
  async loadParquet(url: string, as: 'url' | 'file'): Promise<Loaded> {
    const source = as === 'url' ? { url } : { file: await fileOf(url) }
    progress = []
    return timed(async () => {
      const loaded = await started().wasm.loadParquet(
        started().engine,
        source,
        readCountryCode,
        (read, rows) => progress.push([read, rows]),
      )
      naming = loaded.format === 'layout' ? loaded.naming : named(url)
    })
  },
  /** The long tasks on the page's thread so far (ms each), and forgets them. */
  takeLongTasks(): number[] {
    return longTasks.splice(0)
  },
  /** The last Parquet load's progress reports (rows read, of rows). */
  progress(): Array<[number, number]> {
    return progress
  },
  /** The loaded story's names, as the summary gives them. */
  naming(): StoryNaming {
    return naming
  },
  /** The rows a Parquet file by address holds, and a CSV's by DuckDB's reader over HTTP ranges. */
  async countParquet(url: string): Promise<number> {
    return started().wasm.parquetRows({ url })
  },
  async countCsv(url: string): Promise<number> {
    const { wasm, engine } = started()
    return wasm.csvRows(engine, { url })
  },
  /** A description as the page would send it (checked first), answered by the engine. */
  async answer(description: unknown): Promise<Answer> {
    const parsed = parseQuery(description)
    if (!parsed.ok) throw new Error(parsed.problems.join('; '))
    const { wasm, engine } = started()
    return wasm.wasmAnswerer(engine, naming).answer(parsed.query)
  },
  /** Milliseconds to answer a description, each of `runs` times, timed in the page. */
  async timeAnswer(description: unknown, runs: number): Promise<number[]> {
    const times: number[] = []
    for (let run = 0; run < runs; run++) {
      const begin = performance.now()
      await engineCheck.answer(description)
      times.push(performance.now() - begin)
    }
    return times
  },
  /** The engine's own account of its memory (bytes), beside the page's. */
  async engineMemory(): Promise<number> {
    const rows = await started().engine.run('SELECT sum(memory_usage_bytes) AS bytes FROM duckdb_memory()')
    return Number(rows[0]?.bytes ?? 0)
  },
}

export type EngineCheck = typeof engineCheck
declare global {
  interface Window {
    engineCheck?: EngineCheck
  }
}
window.engineCheck = engineCheck
