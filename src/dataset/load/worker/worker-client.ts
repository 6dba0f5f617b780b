import { loadProblemInEnglish } from '../load-problem'
import {
  type LoadProgress,
  type LoadRequest,
  type UncheckedPart,
  WARM_UP,
  type WorkerAnswer,
} from './protocol'
import { readLoadMessage } from './read-load-message'

/** The worker could not start, or failed before it answered (its script did not load, say). */
export type WorkerCrash = { type: 'crashed'; message: string }

export type WorkerListeners = {
  onProgress?: (progress: LoadProgress) => void
  /** A download's bytes, sent (moved) as soon as they arrive, before the worker has checked them. */
  onDownloaded?: (bytes: ArrayBuffer) => void
  /** A sheet's dataset before validation, in parts (asked for with `sendUnchecked`), to index meanwhile. */
  onUnchecked?: (part: UncheckedPart) => void
}

/** How long a workbook may take to read (the largest real ones take a few seconds). */
export const WORKBOOK_LIMIT_MS = 60_000

const startWorker = () => new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module' })

// A worker started ahead of need (see warmLoadWorker), taken by the next load.
let spare: Worker | null = null
let spareTimer: ReturnType<typeof setTimeout> | undefined
/** A spare worker nobody takes is stopped after this long: it holds its compiled code in memory. */
export const SPARE_IDLE_MS = 120_000

/**
 * Starts the next load's worker now and has it load its reading code, because a person is about to
 * open a file (they pressed Open dataset… or drag one over the page): starting a worker and compiling
 * that code takes ~250 ms, which would otherwise come before the mapping step's preview. At most one
 * waits; one that fails to start is dropped, and the load starts its own as before.
 */
export function warmLoadWorker(): void {
  if (spare) return
  try {
    const worker = startWorker()
    worker.onerror = () => {
      worker.terminate()
      if (spare === worker) spare = null
    }
    worker.postMessage(WARM_UP)
    spare = worker
    spareTimer = setTimeout(() => {
      if (spare !== worker) return
      worker.terminate()
      spare = null
    }, SPARE_IDLE_MS)
  } catch {
    spare = null
  }
}

function takeWorker(): Worker {
  clearTimeout(spareTimer)
  const worker = spare ?? startWorker()
  spare = null
  return worker
}

/**
 * The page's one client of the load worker: starts a worker on one request (or takes the one warmed
 * for it), passes on what it says on the way, and resolves with its last word (the worker is then
 * stopped). Never rejects. Kept free of parsing code: the page's first script (src/early-start.ts)
 * starts a linked dataset's load with it.
 */
export function runLoadWorker(
  request: LoadRequest,
  { onProgress, onDownloaded, onUnchecked }: WorkerListeners = {},
  signal?: AbortSignal,
): Promise<WorkerAnswer | WorkerCrash> {
  let worker: Worker
  try {
    worker = takeWorker()
  } catch (error) {
    return Promise.resolve({
      type: 'crashed',
      message: error instanceof Error ? error.message : String(error),
    })
  }
  return new Promise((resolve) => {
    let workbookTimer: ReturnType<typeof setTimeout> | undefined
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const read = readLoadMessage(event.data)
      if (!read.ok) {
        clearTimeout(workbookTimer)
        worker.terminate()
        resolve({ type: 'crashed', message: read.reason })
        return
      }
      const { message } = read
      if (message.type === 'progress' && message.stage === 'workbook' && workbookTimer === undefined) {
        // A damaged workbook can keep SheetJS busy for minutes (a few bytes changed in a 36 kB file
        // took 115 s): past the limit the worker is stopped and the reader told.
        workbookTimer = setTimeout(() => {
          worker.terminate()
          const problem = { code: 'workbookTooSlow', seconds: WORKBOOK_LIMIT_MS / 1000 } as const
          resolve({
            type: 'failed',
            kind: 'syntax',
            message: loadProblemInEnglish(problem),
            issues: [],
            problem,
          })
        }, WORKBOOK_LIMIT_MS)
      }
      if (message.type === 'progress') onProgress?.(message)
      else if (message.type === 'downloaded') onDownloaded?.(message.bytes)
      else if (message.type === 'unchecked' || message.type === 'unchecked-events') onUnchecked?.(message)
      else {
        clearTimeout(workbookTimer)
        worker.terminate()
        resolve(message)
      }
    }
    worker.onerror = (event) => {
      worker.terminate()
      resolve({ type: 'crashed', message: event.message || 'the load worker failed to start' })
    }
    // Stopping a load stops the worker at once, its download with it.
    signal?.addEventListener('abort', () => {
      worker.terminate()
      resolve({ type: 'crashed', message: 'the load was cancelled' })
    })
    worker.postMessage(request)
  })
}
