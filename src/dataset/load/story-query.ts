import { type QueryClient, queryOptions } from '@tanstack/react-query'
import { DatasetLoadError } from './dataset-load-error'
import { takeEarlyLoad } from './early-load'
import { storyOf } from './load-outcome'
import { finishEarlyLoad, openLink } from './open-link'

const storyKey = (url: string) => ['story', url] as const

/**
 * Query for a dataset by URL. A static file never goes stale; only network failures are retried, and
 * a failed load is tried again when asked (Try again), not each time a view mounts.
 */
export function storyQueryOptions(url: string) {
  return queryOptions({
    queryKey: storyKey(url),
    queryFn: async ({ signal }) => storyOf(await openLink(url, signal)),
    staleTime: Number.POSITIVE_INFINITY,
    retryOnMount: false,
    // A stall, a refusal or a bad file would fail the same way again: only unreachable servers are
    // tried again, twice.
    retry: (failureCount, error) =>
      error instanceof DatasetLoadError && error.kind === 'network' && failureCount < 2,
  })
}

/**
 * Puts the load the page's first script started (see early-load.ts) into the query cache, as the
 * first fetch of its dataset's query: the app's query for that address finds it there, under way or
 * done, as react-query's own. Later fetches of the query (Try again) load afresh.
 */
export function seedEarlyStory(client: QueryClient): void {
  const early = takeEarlyLoad()
  if (!early) return
  // Its first fetch only: a retry loads afresh, as any other fetch of the query does.
  let first = true
  void client.prefetchQuery({
    ...storyQueryOptions(early.url),
    queryFn: async ({ signal }) => {
      if (!first) return storyOf(await openLink(early.url, signal))
      first = false
      return storyOf(await finishEarlyLoad(early.url, early.load, signal))
    },
  })
}
