/// <reference lib="webworker" />
// Reads, parses and validates dataset files off the main thread, so a 20 MB file never freezes the
// page, and reports progress as it reads.

import { downloadDataset } from '../download-dataset'
import { loadProblemInEnglish } from '../load-problem'
import type { LoadMessage } from './protocol'
import { readLoadRequest } from './read-load-message'

const scope = self as unknown as DedicatedWorkerGlobalScope
const post = (message: LoadMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer)

// This first script only starts a download; the code that checks a dataset loads beside it, so that
// compiling that code (edtf.js's grammar, the fast check) overlaps the download instead of coming
// before it (see docs/decisions/load-order.md).
scope.onmessage = (event: MessageEvent<unknown>) => {
  const request = readLoadRequest(event.data)
  if (request === null) {
    const problem = {
      code: 'unreadable',
      detail: 'the page asked the dataset reader for something it does not do',
    } as const
    post({ type: 'failed', kind: 'syntax', message: loadProblemInEnglish(problem), issues: [], problem })
    return
  }
  if ('warmUp' in request) {
    // Started ahead of a file being opened: the code a file's reading needs first, compiled now.
    // A failure here is the request's to report, when it imports the same code.
    void import('./answer-load-request').catch(() => {})
    void import('../../import/sheet/sheet-head-first').catch(() => {})
    void import('../../import/registry').catch(() => {})
    return
  }
  const response = 'download' in request ? downloadDataset(request.download) : undefined
  // Taken by answerLoadRequest below, which reports its failure.
  response?.catch(() => {})
  import('./answer-load-request').then(
    ({ answerLoadRequest }) => answerLoadRequest(request, post, response),
    (error: unknown) => {
      const problem = {
        code: 'checkerNotLoaded',
        detail: error instanceof Error ? error.message : String(error),
      } as const
      post({ type: 'failed', kind: 'network', message: loadProblemInEnglish(problem), issues: [], problem })
    },
  )
}
