import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { PANEL_NAMES, PanelErrorBoundary } from '../components/panel-error-boundary'
import { BUILTIN_DATASET_URL } from '../dataset/load/builtin-dataset-url'
import { PageRoutes } from './page-routes'
import { createQueryClient } from './query-client'

export function App({
  datasetUrl = BUILTIN_DATASET_URL,
  embedded = false,
}: {
  datasetUrl?: string
  /** In an iframe (`?embed=1`): the compact page. */
  embedded?: boolean
}) {
  const [queryClient] = useState(createQueryClient)
  return (
    <QueryClientProvider client={queryClient}>
      <PanelErrorBoundary name={PANEL_NAMES.app}>
        <PageRoutes datasetUrl={datasetUrl} embedded={embedded} />
      </PanelErrorBoundary>
    </QueryClientProvider>
  )
}
