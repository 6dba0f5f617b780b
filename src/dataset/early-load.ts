import { resolveDatasetLink } from './dataset-link'
import { DatasetLoadError } from './dataset-load-error'
import { fetchDataset } from './fetch-dataset'
import { type LoadMessage, type LoadOutcome, type LoadRequest, outcomeOf, parseSource } from './load-messages'
import { startLoadWorker } from './start-load-worker'

// The dataset a page opens with is known from its address alone. Its download and the load worker
// start before the browser has even parsed the app's code, and the worker parses and checks the
// dataset on another core while the page evaluates its code: not after. The body goes to the worker as
// a Blob, which is passed by reference, not copied. Kept small (no parsing code here): this module is
// part of the page's first, tiny script.
const started = new Map<string, EarlyLoad>()

/**
 * A load started early: by the worker for a linked dataset (of any size), or, for the small built-in
 * one, only its download. Checking 30 kB on the page takes milliseconds, where starting a worker
 * competes for the CPU with parsing the app's code (measured: the built-in story opened ~150 ms later).
 */
export type EarlyLoad =
  | { by: 'worker'; outcome: Promise<LoadOutcome | null> }
  | { by: 'page'; response: Promise<Response> }

/** Starts loading the dataset this address opens: its `?data=` link, or else `builtinUrl`. */
export function startEarlyLoad(location: Location, builtinUrl: string): void {
  if (typeof fetch !== 'function') return
  const param = new URLSearchParams(location.search).get('data')
  const link =
    param === null ? { ok: true as const, url: builtinUrl } : resolveDatasetLink(param, location.href)
  if (!link.ok) return
  const url = link.url
  const response = fetchDataset(url)
  // Nobody may ever take it (the reader opens a file first): an unhandled rejection would be noise.
  response.catch(() => {})
  if (param === null || typeof Worker === 'undefined') {
    started.set(url, { by: 'page', response })
    return
  }
  let worker: Worker
  try {
    worker = startLoadWorker()
  } catch {
    started.set(url, { by: 'page', response })
    return
  }
  const body = response.then((answer) => answer.blob())
  // Parsed here too, while the worker checks it: if the worker finds the dataset in the JSON as it is,
  // the page already holds it (see SAME_AS_SOURCE). A CSV fails this at its first character.
  const parsedHere = body.then((content) => parseSource({ name: url, content }))
  parsedHere.catch(() => {})
  const outcome = new Promise<LoadOutcome | null>((resolve) => {
    worker.onmessage = (event: MessageEvent<LoadMessage>) => {
      if (event.data.type === 'progress') return
      worker.terminate()
      resolve(outcomeOf(event.data, () => parsedHere))
    }
    // The worker could not start (its script failed to load): the page loads the dataset itself.
    worker.onerror = () => {
      worker.terminate()
      resolve(null)
    }
    body.then(
      (content) =>
        worker.postMessage({
          sources: [{ name: url, content }],
          reportProgress: false,
        } satisfies LoadRequest),
      (error: unknown) => {
        worker.terminate()
        resolve(
          error instanceof DatasetLoadError
            ? { type: 'failed', kind: error.kind, message: error.message, issues: [] }
            : null,
        )
      },
    )
  })
  started.set(url, { by: 'worker', outcome })
}

/**
 * The early load of `url`, once. Later loads of the same URL (a retry, a reload of the query) start
 * afresh.
 */
export function takeEarlyLoad(url: string): EarlyLoad | undefined {
  const outcome = started.get(url)
  started.delete(url)
  return outcome
}
