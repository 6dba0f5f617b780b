import { QueryClient } from '@tanstack/react-query'

/** The app's one QueryClient. Datasets are static files: no refetch on focus or reconnect. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { refetchOnWindowFocus: false, refetchOnReconnect: false },
    },
  })
}
