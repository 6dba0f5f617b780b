import { queryOptions } from '@tanstack/react-query'
import { DatasetLoadError } from './dataset-load-error'
import { takeEarlyFetch } from './early-fetch'
import { loadStoryOffThread } from './load-off-thread'
import type { Story } from './story-index'

/** Fetches a dataset (JSON, or an events CSV), then parses, validates and indexes it off the main thread. */
export async function fetchStory(url: string, signal?: AbortSignal): Promise<Story> {
  let response: Response
  try {
    response = await (takeEarlyFetch(url) ?? fetch(url, { signal: signal ?? null }))
  } catch (error) {
    if (signal?.aborted) throw error
    throw new DatasetLoadError('network', `Could not reach ${url}.`)
  }
  if (!response.ok) {
    // A server error may pass; a 404 will not.
    const kind = response.status >= 500 ? 'network' : 'http'
    throw new DatasetLoadError(kind, `Could not load ${url}: the server answered ${response.status}.`)
  }
  return loadStoryOffThread([{ name: url, content: await response.text() }])
}

/** Query for a dataset by URL. A static file never goes stale; only network failures are retried. */
export function storyQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['story', url],
    queryFn: ({ signal }) => fetchStory(url, signal),
    staleTime: Number.POSITIVE_INFINITY,
    retry: (failureCount, error) =>
      error instanceof DatasetLoadError && error.kind === 'network' && failureCount < 2,
  })
}
