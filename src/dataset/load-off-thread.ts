import { DatasetLoadError } from './dataset-load-error'
import { rememberParsedDates } from './edtf'
import { type LoadMessage, type LoadProgress, type LoadRequest, sourcesSize } from './load-messages'
import { storyFromFiles } from './story-from-files'
import { indexStory, type Story } from './story-index'
import { startLoadWorker, takeWarmWorker } from './warm-worker'

/** Below this many characters (or bytes), a dataset is parsed on the page: it takes milliseconds. */
const INLINE_LIMIT = 500_000

/**
 * Opens dataset files (or fetched text) in a worker and resolves with the story, or rejects with a
 * DatasetLoadError listing every problem. Where workers are missing (unit tests), it runs inline.
 */
export function loadStoryOffThread(
  sources: LoadRequest['sources'],
  onProgress: (progress: LoadProgress) => void = () => {},
): Promise<Story> {
  // Starting a worker costs a few hundred milliseconds on a slow machine; a small file is checked
  // faster than that on the page itself, unless a worker was started ahead (see prewarmLoadWorker).
  if (typeof Worker === 'undefined') return loadInline(sources)
  const warm = takeWarmWorker()
  if (!warm && sourcesSize(sources) < INLINE_LIMIT) return loadInline(sources)
  return new Promise((resolve, reject) => {
    const worker = warm ?? startLoadWorker()
    worker.onmessage = (event: MessageEvent<LoadMessage>) => {
      const message = event.data
      if (message.type === 'progress') {
        onProgress(message)
        return
      }
      worker.terminate()
      if (message.type === 'done') {
        rememberParsedDates(message.dates)
        resolve(indexStory(message.dataset))
      } else
        reject(
          new DatasetLoadError(message.issues.length ? 'invalid' : 'syntax', message.message, message.issues),
        )
    }
    worker.onerror = (event) => {
      worker.terminate()
      reject(new DatasetLoadError('syntax', `The dataset could not be read: ${event.message}`))
    }
    worker.postMessage({ sources } satisfies LoadRequest)
  })
}

async function loadInline(sources: LoadRequest['sources']): Promise<Story> {
  const texts = await Promise.all(
    sources.map(async (source) => ({
      name: source.name,
      text: typeof source.content === 'string' ? source.content : await source.content.text(),
    })),
  )
  const result = storyFromFiles(texts)
  if (result.ok) return result.story
  throw new DatasetLoadError(result.issues.length ? 'invalid' : 'syntax', result.message, result.issues)
}
