/// <reference lib="webworker" />
// Reads, parses and validates dataset files off the main thread, so a 20 MB file never freezes the
// page, and reports progress as it reads.

import { answerLoadRequest } from './answer-load-request'
import type { LoadRequest } from './load-messages'

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<LoadRequest>) =>
  answerLoadRequest(event.data, (message, transfer = []) => scope.postMessage(message, transfer))
