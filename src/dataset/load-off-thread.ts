import { DatasetLoadError } from './dataset-load-error'
import { fastValidate } from './fast-validate'
import {
  type LoadMessage,
  type LoadOutcome,
  type LoadProgress,
  type LoadRequest,
  type LoadSource,
  outcomeOf,
  parseSource,
  sourcesSize,
} from './load-messages'
import type { Dataset } from './schema'
import { startLoadWorker } from './start-load-worker'
import { indexStory, type Story } from './story-index'

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
      outcomeOf(message, () => parseSource(sources[0] ?? { name: '', content: '' }))
        .then(storyFromOutcome)
        .then(resolve, reject)
    }
    worker.onerror = (event) => {
      worker.terminate()
      reject(new DatasetLoadError('syntax', `The dataset could not be read: ${event.message}`))
    }
    worker.postMessage({ sources, reportProgress: true } satisfies LoadRequest)
  })
}

/** The story from the load worker's answer, indexed here without parsing a date again; or its error. */
export function storyFromOutcome(outcome: LoadOutcome): Story {
  if (outcome.type === 'failed') throw new DatasetLoadError(outcome.kind, outcome.message, outcome.issues)
  return indexStory(outcome.dataset, outcome.dates)
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
  const { storyFromFiles } = await import('./story-from-files')
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
