import { editorRoute, isParquetLink, storyAddress } from './dataset-link'
import { decodeText } from './decode-text'
import { downloadDataset } from './download-dataset'
import { SAME_AS_SOURCE, type UncheckedPart, type WorkerAnswer } from './worker/protocol'
import { runLoadWorker } from './worker/worker-client'

// The dataset a page opens with is known from its address alone. Its load starts before the browser
// has even parsed the app's code: a linked dataset is downloaded, parsed and checked by the load
// worker on another core while the page evaluates its code, not after. Kept small (no parsing code
// here): this module is part of the page's first, tiny script. The app takes it once, into its query
// cache (see seedEarlyStory in story-query.ts).
let started: { url: string; load: EarlyLoad } | null = null

/** Up to this size, the page parses a download while the worker checks it (see below). */
const PARSE_BESIDE_CHECK_BYTES = 64 * 1024 * 1024

/**
 * A load started early: by the worker for a linked dataset (of any size), or, for the small built-in
 * one, only its download: checking 30 kB on the page takes milliseconds, where starting a worker
 * competes for the CPU with parsing the app's code (see docs/decisions/load-order.md).
 */
export type EarlyLoad =
  | {
      by: 'worker'
      /** The worker's last word; null if it could not start or failed (the page then loads it itself). */
      answer: Promise<WorkerAnswer | null>
      /**
       * The page's own JSON.parse of the bytes the worker downloaded, made as they arrive: not yet
       * checked. Rejects if they are not JSON (a CSV) or never came.
       */
      parsed: Promise<unknown>
      /** Stops the worker and its download. */
      cancel: () => void
      /**
       * Hands a sheet's dataset, sent in parts before its validation (see AS_UNCHECKED), to `take`:
       * the parts that came before it was called, then each as it comes.
       */
      takeUnchecked: (take: (part: UncheckedPart) => void) => void
    }
  | { by: 'page'; response: Promise<Response> }

/** Starts loading the dataset this address opens: its `?data=` link, or else `builtinUrl`. */
export function startEarlyLoad(location: Location, builtinUrl: string): void {
  if (typeof fetch !== 'function') return
  const address = storyAddress(location.search, location.href, builtinUrl)
  // The editor's pages open no dataset by address (a preview's story is a draft in this browser); an
  // engine's story is held by the engine (`?engine=` with no dataset): the page fetches none.
  if (
    editorRoute(location.search) ||
    address.kind === 'file' ||
    address.kind === 'bad-link' ||
    address.kind === 'engine' ||
    // Parquet opens in the query engine by ranges (use-story-source.ts): nothing is downloaded here.
    (address.kind === 'link' && isParquetLink(address.url))
  )
    return
  const { url } = address
  if (address.kind === 'builtin' || typeof Worker === 'undefined') {
    const response = downloadDataset(url)
    // Nobody may ever take it (the reader opens a file first): an unhandled rejection would be noise.
    response.catch(() => {})
    started = { url, load: { by: 'page', response } }
    return
  }
  // The worker downloads the dataset itself and sends the page the bytes; the page parses them while
  // the worker checks them: if the worker finds the dataset in the JSON as it is, the page already
  // holds it (see SAME_AS_SOURCE). A CSV fails this parse at its first character.
  let tookBytes: (text: string) => void = () => {}
  let sentNoBytes: (error: Error) => void = () => {}
  const parsed = new Promise<string>((resolve, reject) => {
    tookBytes = resolve
    sentNoBytes = reject
  }).then((text) => JSON.parse(text) as unknown)
  // Nobody may ever take it (a CSV, a failed download): an unhandled rejection would be noise.
  parsed.catch(() => {})
  const stopped = new AbortController()
  // A large download is parsed only once the worker has found it to be the dataset as it is: parsing
  // it beside the check is a long task on the page, wasted on a file that is then refused.
  let held: ArrayBuffer | null = null
  // A linked sheet's dataset before validation: kept until the page's code, once it has loaded,
  // takes it to index while the worker validates.
  const parts: UncheckedPart[] = []
  let takePart: ((part: UncheckedPart) => void) | null = null
  const answer = runLoadWorker(
    { download: url, sendUnchecked: true },
    {
      onDownloaded: (bytes) => {
        if (bytes.byteLength > PARSE_BESIDE_CHECK_BYTES) held = bytes
        else tookBytes(decodeText(bytes))
      },
      onUnchecked: (part) => {
        if (takePart) takePart(part)
        else parts.push(part)
      },
    },
    stopped.signal,
  ).then((last) => {
    if (held && last.type === 'done' && last.dataset === SAME_AS_SOURCE) tookBytes(decodeText(held))
    held = null
    // Settled already if the bytes came; otherwise they never will.
    sentNoBytes(new Error('The worker sent no bytes.'))
    return last.type === 'crashed' ? null : last
  })
  const takeUnchecked = (take: (part: UncheckedPart) => void) => {
    for (const part of parts.splice(0)) take(part)
    takePart = take
  }
  started = { url, load: { by: 'worker', answer, parsed, cancel: () => stopped.abort(), takeUnchecked } }
}

/** The load this page started early, and its dataset's address, once: a later load starts afresh. */
export function takeEarlyLoad(): { url: string; load: EarlyLoad } | null {
  const early = started
  started = null
  return early
}
