import { titleFromFileName } from '../../import/sheet/title-from-file-name'
import { readCountry } from '../../import/values/read-country'
import type { Answerer, StoryNaming } from '../../query/answers'
import { EngineOpenError } from './engine-open-error'
import type { EngineRoute } from './route-to-engine'
import { type StartedEngine, takeEngine } from './warm-engine'

// A file opened into DuckDB-WASM (its own worker) instead of the page's objects: an ACLED CSV by
// DuckDB's own reader over the file's handle (read in slices by the engine's worker, never copied
// whole into the page), Parquet by hyparquet in its worker (wasm/load-parquet.ts). What the page keeps
// is the engine's answerer and a way to stop it.

/** How far an opening in the engine has got, for the load status. */
export type EngineProgress =
  | { stage: 'engine-starting' }
  /** Reading the file: Parquet says its rows read of its total; DuckDB's CSV reader says nothing until done. */
  | { stage: 'engine-reading'; bytes: number; rows: { read: number; total: number } | null }
  /** The events table made from the rows read (ids, dates, actors and countries as the importer reads them). */
  | { stage: 'engine-layout' }

/** A file the engine holds: its answers, named as the importers name a file of rows, and its end. */
export type EngineOpened = {
  answerer: Answerer
  naming: StoryNaming
  events: number
  /** Stops the engine's worker: its memory is freed. */
  close: () => Promise<void>
}

/** The importer's own reading of a country's name, so the engine's countries are the importer's. */
const readCountryCode = (name: string) => readCountry(name, false).code

/** The statement of acled-layout.ts after which the file has been read (the rows' table made). */
const ROWS_READ = /TEMP TABLE acled_rows AS/

/** What the engine reads: a file picked or dropped, or a file of this site by address (HTTP ranges). */
export type EngineFile = { file: File } | { url: string; name: string }

export async function openInEngine(
  opened: EngineFile,
  route: EngineRoute,
  { onProgress, signal }: { onProgress: (progress: EngineProgress) => void; signal: AbortSignal },
): Promise<EngineOpened> {
  const name = 'file' in opened ? opened.file.name : opened.name
  // A picked file's size is known; an address's only to the reader (hyparquet asks with a HEAD).
  const bytes = 'file' in opened ? opened.file.size : 0
  const source = 'file' in opened ? { file: opened.file } : { url: opened.url }
  onProgress({ stage: 'engine-starting' })
  const starting = takeEngine()
  let started: StartedEngine | null = null
  // Stopping ends the engine's worker, whatever it is doing (a statement cannot be interrupted from the page).
  const stop = () => void starting.then(({ engine }) => engine.close()).catch(() => {})
  signal.addEventListener('abort', stop, { once: true })
  try {
    const { door, engine } = await untilStopped(starting, signal)
    started = engine
    // A picked file's size is said at once; an address's rows once its footer is read (its size
    // is not known here: "0 MB" would be wrong).
    if ('file' in opened) onProgress({ stage: 'engine-reading', bytes, rows: null })
    // Each statement watched, so the status says when the rows are read and the layout is being made.
    const watched: StartedEngine = {
      ...engine,
      run: async (sql) => {
        const rows = await engine.run(sql)
        if (ROWS_READ.test(sql)) onProgress({ stage: 'engine-layout' })
        return rows
      },
    }
    // A Parquet file in the engine's own layout names its story (its title and source); a file of
    // rows is named as the importers name one: its name without its extension (Parquet's too).
    const title = titleFromFileName(name.replace(/\.parquet$/i, ''))
    let naming: StoryNaming = { title, source: title, named: true }
    if (route === 'parquet') {
      const format = await untilStopped(
        door.loadParquet(
          watched,
          source,
          readCountryCode,
          (read, total) => onProgress({ stage: 'engine-reading', bytes, rows: { read, total } }),
          signal,
        ),
        signal,
      )
      if (format.format === 'layout') naming = format.naming
    } else await untilStopped(door.loadDelimited(watched, source, readCountryCode), signal)
    const { events } = await untilStopped(door.tableSizes(engine), signal)
    if (events === 0) throw EngineOpenError.of('noEvents', name)
    signal.removeEventListener('abort', stop)
    return { answerer: door.wasmAnswerer(engine, naming), naming, events, close: engine.close }
  } catch (error) {
    signal.removeEventListener('abort', stop)
    // The story before stays open; the engine that failed is stopped, its memory freed.
    if (started) void started.close().catch(() => {})
    else stop()
    signal.throwIfAborted()
    throw error instanceof EngineOpenError ? error : EngineOpenError.from(error, route, name)
  }
}

/** The promise's value, or the signal's reason once stopped (the engine's own promise may never settle). */
function untilStopped<Value>(promise: Promise<Value>, signal: AbortSignal): Promise<Value> {
  signal.throwIfAborted()
  return new Promise<Value>((resolve, reject) => {
    const onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort)
        resolve(value)
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(error)
      },
    )
  })
}
