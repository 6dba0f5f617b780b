import { queryOptions } from '@tanstack/react-query'
import type { Story } from '../story-index'
import { DatasetLoadError } from './dataset-load-error'
import { decodeBytes } from './decode-text'
import { downloadDataset } from './download-dataset'
import { takeEarlyLoad } from './early-load'
import { indexBeforeCheck, loadStory, storyFromWorkerAnswer } from './load-story'
import { readBody } from './read-body'
import { uncheckedIndex } from './unchecked-index'

/**
 * Loads the dataset at a URL on this site (JSON, or an events CSV): downloads it, then parses,
 * validates and indexes it, off the main thread when it is large.
 */
export async function loadLinkedStory(url: string, signal?: AbortSignal): Promise<Story> {
  // The page's own dataset was most likely started before this code even ran.
  const early = takeEarlyLoad(url)
  if (early?.by === 'worker') {
    signal?.addEventListener('abort', early.cancel)
    // Indexed here as soon as the bytes are parsed, while the worker checks them (the page would
    // only wait; see docs/decisions/load-order.md).
    const ownIndex = early.parsed.then(indexBeforeCheck)
    ownIndex.catch(() => {})
    // A linked sheet: indexed here while the worker validates it (see AS_UNCHECKED).
    const unchecked = uncheckedIndex()
    early.takeUnchecked(unchecked.take)
    const answer = await early.answer
    // Cancelled: react-query puts the query back as it was.
    signal?.throwIfAborted()
    if (answer) return storyFromWorkerAnswer(answer, () => ownIndex, unchecked.result())
  }
  const response = await (early?.by === 'page' ? early.response : downloadDataset(url, signal))
  const { text, encoding } = decodeBytes(new Uint8Array(await readBody(response, url)))
  return loadStory([{ name: url, content: text, ...(encoding ? { encoding } : {}) }], undefined, signal)
}

/** Query for a dataset by URL. A static file never goes stale; only network failures are retried. */
export function storyQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['story', url],
    queryFn: ({ signal }) => loadLinkedStory(url, signal),
    staleTime: Number.POSITIVE_INFINITY,
    // A stall, a refusal or a bad file would fail the same way again: only unreachable servers are
    // tried again, twice.
    retry: (failureCount, error) =>
      error instanceof DatasetLoadError && error.kind === 'network' && failureCount < 2,
  })
}
