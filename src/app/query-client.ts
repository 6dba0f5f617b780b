import { QueryClient } from '@tanstack/react-query'
import { seedEarlyStory } from '../dataset/load/story-query'

/**
 * The app's one QueryClient, holding the dataset load the page's first script started. Datasets are
 * static files: no refetch on focus or reconnect.
 */
export function createQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: { refetchOnWindowFocus: false, refetchOnReconnect: false },
    },
  })
  seedEarlyStory(client)
  return client
}
