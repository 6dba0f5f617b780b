import type { Dataset } from '../format/schema'
import { indexStory, type Story } from '../story-index'
import { fastValidate } from '../validate/fast-validate'
import { DatasetLoadError } from './dataset-load-error'
import {
  type LoadMessage,
  type LoadProgress,
  type LoadRequest,
  type LoadSource,
  parseSource,
  SAME_AS_SOURCE,
  sourcesSize,
  type WorkerAnswer,
} from './worker/protocol'
import { startLoadWorker } from './worker/worker-client'

/** Below this many characters (or bytes), a dataset is parsed on the page: it takes milliseconds. */
const INLINE_LIMIT = 500_000

/**
 * Opens dataset files (or fetched text) in a worker and resolves with the story, or rejects with a
 * DatasetLoadError listing every problem. Where workers are missing (unit tests), it runs inline.
 */
export function loadStoryOffThread(
  sources: LoadSource[],
  onProgress: (progress: LoadProgress) => void = () => {},
): Promise<Story> {
  // Starting a worker costs a few hundred milliseconds on a slow machine; a small file is checked
  // faster than that on the page itself.
  if (typeof Worker === 'undefined' || sourcesSize(sources) < INLINE_LIMIT) return loadInline(sources)
  return new Promise((resolve, reject) => {
    const worker = startLoadWorker()
    worker.onmessage = (event: MessageEvent<LoadMessage>) => {
      const message = event.data
      if (message.type === 'progress') {
        onProgress(message)
        return
      }
      // Sent only for a download, which this never asks for.
      if (message.type === 'downloaded') return
      worker.terminate()
      // The page parses the file only now: parsing it while the worker reads it would freeze the
      // progress bar. The worker has sent the dates it parsed.
      const dates = message.type === 'done' ? (message.dates ?? undefined) : undefined
      storyFromAnswer(message, async () =>
        indexStory((await parseSource(sources[0] ?? { name: '', content: '' })) as Dataset, dates),
      ).then(resolve, reject)
    }
    worker.onerror = (event) => {
      worker.terminate()
      reject(new DatasetLoadError('syntax', `The dataset could not be read: ${event.message}`))
    }
    worker.postMessage({ sources, reportProgress: true } satisfies LoadRequest)
  })
}

/**
 * The story from the load worker's answer, or its error. `ownIndex` is the page's index of its own
 * parse of the very bytes the worker read (a Blob or a string cannot change): it is the story when
 * the worker has found the dataset in that JSON as it is.
 */
export async function storyFromAnswer(answer: WorkerAnswer, ownIndex: () => Promise<Story>): Promise<Story> {
  if (answer.type === 'failed') throw new DatasetLoadError(answer.kind, answer.message, answer.issues)
  if (answer.dataset === SAME_AS_SOURCE) return ownIndex()
  return indexStory(answer.dataset, answer.dates)
}

/**
 * The page's index of a downloaded JSON before the worker has checked it, so that both cores work:
 * kept only if the worker then says it is the dataset as it is (storyFromAnswer), else dropped. What
 * is plainly not a dataset is not indexed at all (an index of arbitrary JSON could allocate for a
 * made-up length).
 */
export function indexBeforeCheck(json: unknown): Story {
  if (!looksLikeDataset(json)) throw new DatasetLoadError('invalid', 'Not a dataset.')
  return indexStory(json as Dataset)
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

async function loadInline(sources: LoadSource[]): Promise<Story> {
  const texts = await Promise.all(
    sources.map(async (source) => ({
      name: source.name,
      text: typeof source.content === 'string' ? source.content : await source.content.text(),
    })),
  )
  const valid = quickDataset(texts)
  if (valid) return indexStory(valid)
  // Not a single valid JSON dataset: the full reader (CSV, zod's error reports) loads only now.
  const { storyFromFiles } = await import('../files/dataset-from-files')
  const result = storyFromFiles(texts)
  if (result.ok) return result.story
  throw new DatasetLoadError(result.issues.length ? 'invalid' : 'syntax', result.message, result.issues)
}

// The common case, a valid JSON dataset such as the built-in story, read without loading zod.
function quickDataset(texts: Array<{ name: string; text: string }>): Dataset | null {
  const [only] = texts
  if (texts.length !== 1 || !only || !/^\s*\{/.test(only.text.slice(0, 100))) return null
  try {
    return fastValidate(JSON.parse(only.text))
  } catch {
    return null
  }
}
