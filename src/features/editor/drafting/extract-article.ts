import { type ExtractAnswer, type ExtractRequest, readExtractAnswer } from './extract-messages'

let worker: Worker | null = null
let queue: Promise<unknown> = Promise.resolve()

/**
 * The editor's drafting worker, started (and its extractor loading) ahead of the first draft; null
 * where workers cannot start (the draft then says why).
 */
export function warmDrafting(): Worker | null {
  if (worker) return worker
  try {
    worker = new Worker(new URL('./extract-worker.ts', import.meta.url), { type: 'module' })
    worker.onerror = () => {
      worker?.terminate()
      worker = null
    }
  } catch {
    worker = null
  }
  return worker
}

/** Stops the drafting worker (the editor has closed); the next draft starts another. */
export function stopDrafting(): void {
  worker?.terminate()
  worker = null
}

/** Drafts an article in the drafting worker: the extractor's proposals, or why not. One at a time. */
export function extractArticle(request: ExtractRequest): Promise<ExtractAnswer> {
  const asked = queue.then(() => ask(request))
  queue = asked.catch(() => {})
  return asked
}

function ask(request: ExtractRequest): Promise<ExtractAnswer> {
  const running = warmDrafting()
  if (!running) return Promise.resolve({ ok: false, problem: { code: 'noStart' } })
  return new Promise((resolve) => {
    running.onmessage = (event: MessageEvent<unknown>) => resolve(readExtractAnswer(event.data))
    running.onerror = (event) => {
      stopDrafting()
      resolve({ ok: false, problem: { code: 'workerFailed', detail: event.message || null } })
    }
    running.postMessage(request)
  })
}
