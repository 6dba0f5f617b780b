import type { LoadMessage, LoadProgress, LoadRequest, WorkerAnswer } from './protocol'

/** The worker could not start, or failed before it answered (its script did not load, say). */
export type WorkerCrash = { type: 'crashed'; message: string }

export type WorkerListeners = {
  onProgress?: (progress: LoadProgress) => void
  /** A download's bytes, sent (moved) as soon as they arrive, before the worker has checked them. */
  onDownloaded?: (bytes: ArrayBuffer) => void
}

/**
 * The page's one client of the load worker: starts a worker on one request, passes on what it says on
 * the way, and resolves with its last word (the worker is then stopped). Never rejects. Kept free of
 * parsing code: the page's first script (src/early-start.ts) starts a linked dataset's load with it.
 */
export function runLoadWorker(
  request: LoadRequest,
  { onProgress, onDownloaded }: WorkerListeners = {},
  signal?: AbortSignal,
): Promise<WorkerAnswer | WorkerCrash> {
  let worker: Worker
  try {
    worker = new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module' })
  } catch (error) {
    return Promise.resolve({
      type: 'crashed',
      message: error instanceof Error ? error.message : String(error),
    })
  }
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<LoadMessage>) => {
      const message = event.data
      if (message.type === 'progress') onProgress?.(message)
      else if (message.type === 'downloaded') onDownloaded?.(message.bytes)
      else {
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
