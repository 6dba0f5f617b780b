import { readDataset, readSingleJsonDataset } from '../files/read-dataset'
import { MAX_DATASET_BYTES } from '../format/format-constants'
import type { Dataset } from '../format/schema'
import { isWorkbookBytes, type NamedText } from '../import/named-text'
import type { SheetOptions } from '../import/sheet/sheet-head'
import {
  indexStory,
  indexStoryWhenReadable,
  type ParsedDates,
  type Story,
  storyDatesReadable,
} from '../story-index'
import type { SentIssue } from '../validate/sent-issue'
import { checkedHead, checkedIssues, checkedNotes, checkedRefusal } from './checked-notes'
import { DatasetLoadError } from './dataset-load-error'
import { blobText, decodeBytes } from './decode-text'
import { failed, type LoadOutcome, outcomeOfError, unreadable } from './load-outcome'
import { tooLarge } from './read-body'
import { type UncheckedIndex, uncheckedIndex } from './unchecked-index'
import {
  AS_UNCHECKED,
  type LoadProgress,
  type LoadSource,
  SAME_AS_SOURCE,
  type SentHead,
  sourcesSize,
  type WorkerAnswer,
} from './worker/protocol'
import { runLoadWorker, type WorkerCrash } from './worker/worker-client'

/**
 * Below this many characters (or bytes), a valid JSON dataset is checked on the page by the fast path:
 * it takes milliseconds, less than starting a worker. Anything else (a CSV, an invalid file and zod's
 * reports of it) is always read in the worker, so that no heavy parsing runs on the page's thread.
 */
const ON_PAGE_LIMIT = 500_000

/** How a load is told of its progress, stopped, and, for a sheet, what columns to read. */
export type OpenOptions = {
  onProgress?: (progress: LoadProgress) => void
  signal?: AbortSignal
  /** For a sheet: the reader's choice of columns, and choices kept from earlier files. */
  sheet?: SheetOptions
}

/**
 * One of the two doors (the other is openLink): what a person opened (files, or text already had),
 * read into a story off the main thread for anything large, with what the reading noticed; or a sheet
 * whose columns are to be chosen; or why not. Rejects only when `signal` stops it.
 */
export async function openFiles(
  sources: LoadSource[],
  { onProgress = () => {}, signal, sheet }: OpenOptions = {},
): Promise<LoadOutcome> {
  try {
    return await readSources(sources, onProgress, signal, sheet)
  } catch (error) {
    signal?.throwIfAborted()
    return outcomeOfError(error)
  }
}

async function readSources(
  sources: LoadSource[],
  onProgress: (progress: LoadProgress) => void,
  signal: AbortSignal | undefined,
  options: SheetOptions | undefined,
): Promise<LoadOutcome> {
  // Starting a worker costs a few hundred milliseconds on a slow machine; a small file is checked
  // faster than that on the page itself.
  const size = sourcesSize(sources)
  if (size > MAX_DATASET_BYTES)
    return failed(tooLarge(sources.map((source) => source.name).join(' + '), size))
  if (typeof Worker === 'undefined') return readOnPage(sources, options)
  let toWorker = sources
  if (size < ON_PAGE_LIMIT) {
    const texts = await readTexts(sources)
    const quick = await readSingleJsonDataset(texts)
    if (quick) return storyRead(indexStory(quick.dataset), quick)
    // Read already: the worker is sent the texts, not the files again (a workbook as its bytes).
    toWorker = texts.map(({ name, text, bytes, encoding }) => ({
      name,
      content: bytes ? new Blob([bytes]) : text,
      ...(encoding ? { encoding } : {}),
    }))
  }
  // A sheet's dataset, indexed here while the worker validates it (see AS_UNCHECKED).
  const unchecked = uncheckedIndex()
  const answer = await runLoadWorker(
    { sources: toWorker, reportProgress: true, sendUnchecked: true, ...(options ? { options } : {}) },
    { onProgress, onUnchecked: unchecked.take },
    signal,
  )
  signal?.throwIfAborted()
  // The page parses the file only now: parsing it while the worker reads it would freeze the progress
  // bar. The worker has sent the dates it parsed.
  return outcomeOfAnswer(
    answer,
    async (dates) => indexStory((await parseFirstSource(sources)) as Dataset, dates),
    unchecked.result(),
  )
}

/**
 * What the load worker's answer comes to. `ownIndex` is the page's index of its own parse of the
 * very bytes the worker read (a Blob or a string cannot change), given the dates the worker parsed if
 * it sent them: it is the story when the worker has found the dataset in that JSON as it is.
 */
export async function outcomeOfAnswer(
  answer: WorkerAnswer | WorkerCrash,
  ownIndex: (dates: ParsedDates | undefined) => Promise<Story>,
  /** The page's index of the sheet's dataset the worker sent before validating it, if it did. */
  unchecked: UncheckedIndex = null,
): Promise<LoadOutcome> {
  const outcome = await workerOutcome(answer, ownIndex, unchecked)
  // The worker parsed the dates; the views read some again (an answer's row): edtf.js, if any needs it.
  if (outcome.kind === 'story') await storyDatesReadable(outcome.story)
  return outcome
}

async function workerOutcome(
  answer: WorkerAnswer | WorkerCrash,
  ownIndex: (dates: ParsedDates | undefined) => Promise<Story>,
  unchecked: UncheckedIndex,
): Promise<LoadOutcome> {
  switch (answer.type) {
    case 'crashed':
      return failed(unreadable(answer.message))
    case 'failed':
    case 'choose-columns': {
      const issues = await checkedIssues(answer.issues)
      if (issues === null) return failed(unreadable(NOT_AN_ISSUE))
      if ('problem' in answer)
        return failed(new DatasetLoadError(answer.kind, answer.message, issues, answer.problem))
      const refusal = await checkedRefusal(answer.refusal)
      if (refusal === null)
        return failed(unreadable('the load worker sent a refusal that is not as it should be'))
      const { message } = answer
      if (answer.type === 'failed')
        return failed(DatasetLoadError.refused(answer.kind, { refusal, message, issues }))
      const head = await checkedHead(answer.head)
      if (head === null) return failed(unreadable(NOT_AN_ISSUE))
      return { kind: 'choose-columns', head, refusal, message, issues }
    }
  }
  if (answer.dataset === AS_UNCHECKED) {
    if (unchecked && 'story' in unchecked) return storyRead(unchecked.story, answer)
    const why = unchecked ? String(unchecked.error) : 'the worker sent no dataset'
    return failed(unreadable(why))
  }
  if (answer.dataset === SAME_AS_SOURCE) return storyRead(await ownIndex(answer.dates ?? undefined), answer)
  // The worker's own validated dataset, written by it as JSON (see DatasetText): not checked again.
  const dataset = JSON.parse(answer.dataset.json) as Dataset
  return storyRead(indexStory(dataset, answer.dates), answer)
}

const NOT_AN_ISSUE = 'the load worker sent a problem that is not as it should be'

/**
 * The story with what its reading noticed (set once, before the story is handed over), each part
 * checked as the load worker's data from another thread, by checkers fetched only when there is any.
 */
async function storyRead(
  story: Story,
  { notes, leftOut, head }: { notes: readonly unknown[]; leftOut: readonly SentIssue[]; head?: SentHead },
): Promise<LoadOutcome> {
  const [checked, rows, sheet] = await Promise.all([
    checkedNotes(notes),
    checkedIssues(leftOut),
    head ? checkedHead(head) : undefined,
  ])
  if (checked === null) return failed(unreadable('the load worker sent a note that is not as it should be'))
  if (rows === null || sheet === null) return failed(unreadable(NOT_AN_ISSUE))
  story.notes = checked
  story.leftOut = rows
  return sheet ? { kind: 'story', story, head: sheet } : { kind: 'story', story }
}

/**
 * The page's index of a downloaded JSON before the worker has checked it, so that both cores work:
 * kept only if the worker then says it is the dataset as it is (storyFromWorkerAnswer), else dropped.
 * What is plainly not a dataset is not indexed at all (an index of arbitrary JSON could allocate for a
 * made-up length).
 */
export function indexBeforeCheck(json: unknown): Promise<Story> {
  if (!looksLikeDataset(json)) throw DatasetLoadError.of('invalid', { code: 'notADataset' })
  return indexStoryWhenReadable(json as Dataset)
}

function looksLikeDataset(json: unknown): boolean {
  if (typeof json !== 'object' || json === null) return false
  const { source, actors, events, quotes } = json as Record<string, unknown>
  return (
    typeof source === 'object' &&
    source !== null &&
    Array.isArray(actors) &&
    Array.isArray(events) &&
    Array.isArray(quotes)
  )
}

async function parseFirstSource(sources: LoadSource[]): Promise<unknown> {
  const content = sources[0]?.content ?? ''
  return JSON.parse(typeof content === 'string' ? content : (await blobText(content)).text)
}

function readTexts(sources: LoadSource[]): Promise<NamedText[]> {
  return Promise.all(
    sources.map(async ({ name, content }): Promise<NamedText> => {
      if (typeof content === 'string') return { name, text: content }
      // A workbook is read from its bytes (see dataset-from-workbook.ts), never as text.
      const bytes = new Uint8Array(await content.arrayBuffer())
      return isWorkbookBytes(bytes.subarray(0, 4))
        ? { name, text: '', bytes }
        : { name, ...decodeBytes(bytes) }
    }),
  )
}

// Where there are no workers (unit tests): everything on the page.
async function readOnPage(sources: LoadSource[], options?: SheetOptions): Promise<LoadOutcome> {
  const result = await readDataset(await readTexts(sources), options)
  if (result.ok) return storyRead(indexStory(result.dataset), result)
  if (result.kind === 'mapping') {
    const { head, refusal, message, issues } = result
    return { kind: 'choose-columns', head, refusal, message, issues }
  }
  return failed(DatasetLoadError.refused(result.kind, result))
}
