import { useMemo } from 'react'
import { PANEL_NAMES, PanelErrorBoundary } from '../../components/panel-error-boundary'
import { TimelinePanel } from '../../features/timeline/timeline-panel'
import { useFacetCounts } from '../../state/query/use-facet-counts'
import { MIN_WINDOW_MS } from '../../state/time-window'
import type { EngineView } from './use-engine-view'

/**
 * The timeline of a story an engine holds: the dashboard's own, drawn from the engine's answer rows
 * (its events near the window, its counting bars). The page does not know whether some event has a
 * time of day: it may be zoomed to six hours, as any story.
 */
export function EngineTimeline({ view }: { view: EngineView }) {
  const { state, actions, toggleStatus } = view
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
        story={view.facts}
        shortestWindow={MIN_WINDOW_MS}
        filters={view.filters}
        selected={view.selection.event}
        selectedHidden={view.selection.hiddenByFilters}
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
