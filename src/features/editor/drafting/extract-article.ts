import { type ExtractAnswer, type ExtractRequest, readExtractAnswer } from './extract-messages'

/**
 * Drafts an article in the drafting worker: the extractor's proposals, or why not. A worker per
 * draft, stopped when it has answered (drafting is asked for once in a while; its code stays cached).
 */
export function extractArticle(request: ExtractRequest): Promise<ExtractAnswer> {
  return new Promise((resolve) => {
    let worker: Worker
    try {
      worker = new Worker(new URL('./extract-worker.ts', import.meta.url), { type: 'module' })
    } catch (error) {
      resolve({ ok: false, message: `The drafting worker could not start: ${String(error)}` })
      return
    }
    worker.onmessage = (event: MessageEvent<unknown>) => {
      worker.terminate()
      resolve(readExtractAnswer(event.data))
    }
    worker.onerror = (event) => {
      worker.terminate()
      resolve({ ok: false, message: `The drafting worker failed: ${event.message || 'it could not load'}` })
    }
    worker.postMessage(request)
  })
}
