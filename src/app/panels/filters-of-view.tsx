import { PANEL_NAMES, PanelErrorBoundary } from '../../components/panel-error-boundary'
import { FiltersPanel } from '../../features/filters/filters-panel'
import { useFacetCounts } from '../../state/query/use-facet-counts'
import type { StoryView } from '../use-story-view'

/** The facets' checkboxes with their counts, and the search. */
export function FiltersOfView({ view }: { view: StoryView }) {
  const { actions } = view
  const { counts } = useFacetCounts(view.filters)
  return (
    <PanelErrorBoundary name={PANEL_NAMES.filters}>
      <FiltersPanel
        story={view.story}
        filters={view.filters}
        counts={counts}
        matchingCount={view.matching.length}
        onToggle={actions.toggleFilter}
        onSearch={actions.setSearch}
        onClearFilters={actions.clearFilters}
      />
    </PanelErrorBoundary>
  )
}
