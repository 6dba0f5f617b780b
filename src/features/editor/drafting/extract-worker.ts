/// <reference lib="webworker" />
// Drafts a story from an article off the page's thread: the extractor and its word lists (compromise,
// chrono-node) load here, only when a person asks for a draft, never with the dashboard.

import { readExtractRequest } from './extract-messages'

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = async (event: MessageEvent<unknown>) => {
  const request = readExtractRequest(event.data)
  if (!request) {
    scope.postMessage({ ok: false, message: 'The drafting worker was asked for something it does not do.' })
    return
  }
  try {
    const { extractDraft } = await import('../../../dataset/draft/extract-draft')
    const started = performance.now()
    const draft = extractDraft(request)
    scope.postMessage({ ok: true, draft, milliseconds: Math.round(performance.now() - started) })
  } catch (error) {
    scope.postMessage({
      ok: false,
      message: `The article could not be drafted: ${error instanceof Error ? error.message : String(error)}`,
    })
  }
}
