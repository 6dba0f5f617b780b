// The load worker's work (see load-worker.ts), apart from the worker itself so that tests can run it.

import { parseCheckedDate, plugInEdtfJs } from '../../dates/parse-edtf'
import type { StoryDate } from '../../dates/story-date'
import { readDataset } from '../../files/read-dataset'
import type { Dataset } from '../../format/schema'
import { isJsonText, isWorkbookBytes, type NamedText } from '../../import/named-text'
import { refused } from '../../import/read-refusal'
import type { ParsedDates } from '../../story-index'
import { DatasetLoadError } from '../dataset-load-error'
import { blobText, type DecodedText, decodeBytes, decoderFor } from '../decode-text'
import { downloadDataset } from '../download-dataset'
import { type LoadProblem, loadProblemInEnglish } from '../load-problem'
import { readBody } from '../read-body'
import {
  AS_UNCHECKED,
  type LoadMessage,
  type LoadRequest,
  type LoadSource,
  SAME_AS_SOURCE,
  sourcesSize,
} from './protocol'

// The worker reads dates of any form, fast checks included (dates/read-edtf.ts): edtf.js plugged in
// before the first file is read, not only once a slower path has needed it.
plugInEdtfJs()

/**
 * How many events one part of a dataset sent before validation holds: the page parses a part while
 * this writes the next (10,000 ACLED events: ~8 MB of JSON, ~50 ms each way).
 */
const UNCHECKED_EVENTS_PER_PART = 10_000

/** What the load worker says: a message, and the buffers it moves to the page rather than copies. */
export type PostLoadMessage = (message: LoadMessage, transfer?: Transferable[]) => void

/**
 * Answers one load request as the load worker does: reads (or downloads) the sources, parses and
 * validates them, and posts progress, then done or failed. Never throws. `response` is the download
 * of a download request, if it has been started already.
 */
export async function answerLoadRequest(
  request: LoadRequest,
  post: PostLoadMessage,
  response?: Promise<Response>,
): Promise<void> {
  try {
    if ('sources' in request && (await answeredFromHead(request, post))) return
    const texts =
      'download' in request
        ? [await download(request.download, response ?? downloadDataset(request.download), post)]
        : await read(request.sources, request.reportProgress, post)
    const workbook = texts.some((text) => text.bytes)
    post({ type: 'progress', stage: workbook ? 'workbook' : 'checking', fraction: 0 })
    // A large sheet's rows take seconds: how far through them, as the reader goes.
    const onRows = (done: number, total: number) =>
      post({
        type: 'progress',
        stage: workbook ? 'workbook' : 'checking',
        fraction: done / Math.max(total, 1),
      })
    // A sheet's dataset goes to the page before it is validated, when asked: the page parses and
    // indexes it while this validates (see AS_UNCHECKED).
    let sentUnchecked = false
    const onUnchecked = (dataset: Dataset) => {
      try {
        const dates = datesOf(dataset)
        const { events, ...rest } = dataset
        for (let start = 0; start < events.length; start += UNCHECKED_EVENTS_PER_PART)
          post({
            type: 'unchecked-events',
            json: JSON.stringify(events.slice(start, start + UNCHECKED_EVENTS_PER_PART)),
          })
        post({ type: 'unchecked', rest: { json: JSON.stringify(rest) }, dates }, [dates.ofEvent.buffer])
        sentUnchecked = true
      } catch {
        // A date the validation will refuse: the validated dataset is sent as usual.
      }
    }
    const result = await readDataset(texts, {
      ...('sources' in request ? request.options : {}),
      onRows,
      ...(request.sendUnchecked ? { onUnchecked } : {}),
    })
    if (!result.ok) {
      const { message, issues, refusal } = result
      post(
        result.kind === 'mapping'
          ? { type: 'choose-columns', head: result.head, message, issues, refusal }
          : { type: 'failed', kind: result.kind, message, issues, refusal },
      )
      return
    }
    const head = result.head ? { head: result.head } : {}
    if (sentUnchecked && result.asUnchecked) {
      post({
        type: 'done',
        dataset: AS_UNCHECKED,
        dates: null,
        notes: result.notes,
        leftOut: result.leftOut,
        ...head,
      })
      return
    }
    if (result.unchanged && 'download' in request) {
      // The page has indexed its own parse of the bytes it was sent meanwhile: that is the dataset.
      post({
        type: 'done',
        dataset: SAME_AS_SOURCE,
        dates: null,
        notes: result.notes,
        leftOut: result.leftOut,
        ...head,
      })
      return
    }
    const dates = datesOf(result.dataset)
    post(
      {
        type: 'done',
        dataset: result.unchanged ? SAME_AS_SOURCE : { json: JSON.stringify(result.dataset) },
        dates,
        notes: result.notes,
        leftOut: result.leftOut,
        ...head,
      },
      [dates.ofEvent.buffer],
    )
  } catch (error) {
    // A download's cause as it is; anything else unforeseen, its own text the detail.
    const known = error instanceof DatasetLoadError ? error.problem : undefined
    const problem: LoadProblem =
      known && known.code !== 'refused'
        ? known
        : { code: 'unreadable', detail: error instanceof Error ? error.message : String(error) }
    const kind = error instanceof DatasetLoadError ? error.kind : 'syntax'
    post({ type: 'failed', kind, message: loadProblemInEnglish(problem), issues: [], problem })
  }
}

// A linked dataset is downloaded here rather than by the page: the page's thread is busy evaluating
// the app's code while the download runs, and handing the body over had to wait for it (see
// docs/decisions/load-order.md). The page gets the bytes at once (moved, not copied), to parse and index while
// this checks them.
async function download(url: string, response: Promise<Response>, post: PostLoadMessage): Promise<NamedText> {
  const bytes = await readBody(await response, url)
  if (isWorkbookBytes(new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength)))) {
    // The page has no use for a workbook's bytes (it parses only JSON): they stay here.
    return { name: url, text: '', bytes: new Uint8Array(bytes) }
  }
  const decoded = decodeBytes(new Uint8Array(bytes))
  post({ type: 'downloaded', bytes }, [bytes])
  return { name: url, ...decoded }
}

async function read(
  sources: LoadSource[],
  reportProgress: boolean,
  post: PostLoadMessage,
): Promise<NamedText[]> {
  const texts: NamedText[] = []
  const total = sourcesSize(sources)
  let done = 0
  for (const source of sources) {
    if (typeof source.content === 'string') {
      texts.push({
        name: source.name,
        text: source.content,
        ...(source.encoding ? { encoding: source.encoding } : {}),
      })
      done += source.content.length
      continue
    }
    const before = done
    // A workbook is read from its bytes (SheetJS), not as text.
    if (isWorkbookBytes(new Uint8Array(await source.content.slice(0, 4).arrayBuffer()))) {
      texts.push({ name: source.name, text: '', bytes: new Uint8Array(await source.content.arrayBuffer()) })
      done += source.content.size
      continue
    }
    const decoded = reportProgress
      ? await readWithProgress(source.content, (bytes) =>
          post({ type: 'progress', stage: 'reading', fraction: (before + bytes) / Math.max(total, 1) }),
        )
      : await blobText(source.content)
    texts.push({ name: source.name, ...decoded })
    done += source.content.size
  }
  return texts
}

/** How much of a large sheet is read to decide whether the reader must choose its columns first. */
const HEAD_BYTES = 64 * 1024

/**
 * A large sheet whose columns the reader is to choose is answered from its first bytes (the mapping
 * step shows within a few hundred milliseconds whatever the file's size); true when it was.
 */
async function answeredFromHead(
  request: Extract<LoadRequest, { sources: LoadSource[] }>,
  post: PostLoadMessage,
): Promise<boolean> {
  const [only] = request.sources
  if (request.sources.length !== 1 || !only || typeof only.content === 'string') return false
  if (only.content.size <= HEAD_BYTES) return false
  const start = new Uint8Array(await only.content.slice(0, HEAD_BYTES).arrayBuffer())
  if (isWorkbookBytes(start.subarray(0, 4))) return false
  // Cut anywhere, the piece may end inside a character: the decoder keeps what is whole.
  const { text } = decodeBytes(start, true)
  // A JSON file (the common large file) never needs the sheet reader loaded for this.
  if (isJsonText({ name: only.name, text })) return false
  const { sheetHeadFirst } = await import('../../import/sheet/sheet-head-first')
  const head = sheetHeadFirst(only.name, text, request.options ?? {})
  if (!head) return false
  const { refusal, message, issues } = refused({
    code: 'chooseColumns',
    what: { code: 'sheet', file: only.name },
    review: head.review,
  })
  post({ type: 'choose-columns', message, issues, refusal, head })
  return true
}

/**
 * Every date the dataset writes, parsed (validation has just parsed them all: these are cached), each
 * once, with each event's as an index: the page indexes the events without a lookup by text.
 */
function datesOf(dataset: Dataset): ParsedDates {
  const indexOf = new Map<string, number>()
  const distinct: StoryDate[] = []
  const ofEvent = new Int32Array(dataset.events.length)
  dataset.events.forEach((event, position) => {
    let index = indexOf.get(event.date)
    if (index === undefined) {
      index = distinct.length
      indexOf.set(event.date, index)
      distinct.push(parseCheckedDate(event.date))
    }
    ofEvent[position] = index
  })
  const published =
    dataset.source.published === undefined ? undefined : parseCheckedDate(dataset.source.published)
  return { distinct, ofEvent, published }
}

async function readWithProgress(file: Blob, onBytes: (bytes: number) => void): Promise<DecodedText> {
  const reader = file.stream().getReader()
  let decoder: TextDecoder | null = null
  const parts: string[] = []
  let bytes = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      bytes += value.byteLength
      // The encoding is told by the first piece's byte-order mark (a stream's pieces are kilobytes
      // long); UTF-8 is read strictly, so that bytes that are not UTF-8 are found.
      decoder ??= decoderFor(value, true)
      parts.push(decoder.decode(value, { stream: true }))
      onBytes(bytes)
    }
    parts.push(decoder?.decode() ?? '')
    return { text: parts.join('') }
  } catch (error) {
    if (!(error instanceof TypeError)) throw error
    // Not UTF-8 after all (a CSV saved by Excel on Windows): read again, whole, as decodeBytes reads it.
    await reader.cancel().catch(() => {})
    return blobText(file)
  }
}
