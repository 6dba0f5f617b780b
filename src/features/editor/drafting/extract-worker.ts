/// <reference lib="webworker" />
// Drafts a story from an article off the page's thread: the extractor and its word lists (compromise,
// chrono-node) load here, only in the editor, never with the dashboard. One worker serves the editor's
// drafts: started when the editor opens, it loads the extractor while the person reads (unpacking
// compromise's lexicon takes most of a second), so that a draft takes the extraction's time only.

import { type ExtractAnswer, readExtractRequest } from './extract-messages'

const scope = self as unknown as DedicatedWorkerGlobalScope
const extractor = import('../../../dataset/draft/extract-draft')
// A failure here is the first request's to say.
extractor.catch(() => {})

scope.onmessage = async (event: MessageEvent<unknown>) => {
  const request = readExtractRequest(event.data)
  if (!request) {
    scope.postMessage({ ok: false, problem: { code: 'badRequest' } } satisfies ExtractAnswer)
    return
  }
  try {
    const { extractDraft } = await extractor
    const started = performance.now()
    const draft = extractDraft(request)
    scope.postMessage({ ok: true, draft, milliseconds: Math.round(performance.now() - started) })
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    scope.postMessage({ ok: false, problem: { code: 'extractorFailed', detail } } satisfies ExtractAnswer)
  }
}
