import { useMemo } from 'react'
import { PANEL_NAMES, PanelErrorBoundary } from '../../components/panel-error-boundary'
import { FiltersPanel } from '../../features/filters/filters-panel'
import type { FacetVocabulary } from '../../state/facets/facet'
import { useFacetCounts } from '../../state/query/use-facet-counts'
import type { StoryView } from '../use-story-view'

/** What the filters panel takes of a view: the dashboard's (a story held in the page) or an engine's. */
type FilteredView = Pick<StoryView, 'filters' | 'actions' | 'matchingCount'>

/**
 * The facets' checkboxes with their counts, and the search: `vocabulary` names the facets' values
 * (a story's own, or what an engine answered of them), `total` is the story's number of events.
 */
export function FiltersOfView({
  view,
  vocabulary,
  total,
}: {
  view: FilteredView
  vocabulary: FacetVocabulary
  total: number
}) {
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
        story={vocabulary}
        total={total}
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
