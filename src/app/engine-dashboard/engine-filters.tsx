import { useMemo } from 'react'
import { PANEL_NAMES, PanelErrorBoundary } from '../../components/panel-error-boundary'
import { FiltersPanel } from '../../features/filters/filters-panel'
import { useFacetCounts } from '../../state/query/use-facet-counts'
import type { EngineView } from './use-engine-view'

/** The facets' checkboxes with the engine's counts, and the search: as the dashboard's own. */
export function EngineFilters({ view }: { view: EngineView }) {
  const { actions } = view
  const facets = useFacetCounts(view.filters)
  const count = view.matchingCount
  const error = facets.error ?? count.error
  const { retry: retryFacets } = facets
  const { retry: retryCount } = count
  const problem = useMemo(
    () => ({
      error,
      retry: () => {
        retryFacets()
        retryCount()
      },
    }),
    [error, retryFacets, retryCount],
  )
  return (
    <PanelErrorBoundary name={PANEL_NAMES.filters}>
      <FiltersPanel
        story={view.shown.known.vocabulary}
        total={view.shown.known.summary.events}
        filters={view.filters}
        counts={facets.counts}
        matchingCount={count.answer}
        problem={problem}
        onToggle={actions.toggleFilter}
        onSearch={actions.setSearch}
        onClearFilters={actions.clearFilters}
      />
    </PanelErrorBoundary>
  )
}
