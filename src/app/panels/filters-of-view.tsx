import { useMemo } from 'react'
import { PANEL_NAMES, PanelErrorBoundary } from '../../components/panel-error-boundary'
import { FiltersPanel } from '../../features/filters/filters-panel'
import { useFacetCounts } from '../../state/query/use-facet-counts'
import type { StoryView } from '../use-story-view'

/** The facets' checkboxes with their counts, and the search. */
export function FiltersOfView({ view }: { view: StoryView }) {
  const { actions } = view
  const facets = useFacetCounts(view.filters)
  const count = view.matchingCount
  // One problem said for the panel, whichever of its two questions failed first; asking again asks both.
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
        story={view.story}
        total={view.story.events.length}
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
