import { useMemo } from 'react'
import { PANEL_NAMES, PanelErrorBoundary } from '../../components/panel-error-boundary'
import { TimelinePanel } from '../../features/timeline/timeline-panel'
import { useFacetCounts } from '../../state/query/use-facet-counts'
import { shortestWindowFor } from '../../state/time-window'
import type { StoryView } from '../use-story-view'

/** The timeline of the shared view, with its status legend and lanes. */
export function TimelineOfView({ view }: { view: StoryView }) {
  const { story, state, actions, toggleStatus } = view
  const { counts } = useFacetCounts(view.filters)
  const statusFilter = useMemo(
    () => ({ chosen: state.chosen.status, counts: counts.status.byValue }),
    [state.chosen.status, counts.status],
  )
  const legend = useMemo(
    () => ({ statusFilter, onToggleStatus: toggleStatus, onLanesChange: actions.setLanes }),
    [statusFilter, toggleStatus, actions],
  )
  return (
    <PanelErrorBoundary name={PANEL_NAMES.timeline}>
      <TimelinePanel
        story={story}
        shortestWindow={shortestWindowFor(story)}
        filters={view.filters}
        selected={view.selected}
        selectedHidden={view.hiddenByFilters}
        visibleWindow={view.visibleWindow}
        lanes={state.lanes}
        filtersInWords={view.filtersInWords}
        onSelect={actions.selectEvent}
        onStep={actions.stepEvent}
        onWindowChange={actions.setWindow}
        onClearFilters={actions.clearFilters}
        legend={legend}
      />
    </PanelErrorBoundary>
  )
}
