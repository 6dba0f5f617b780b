import { PANEL_NAMES, PanelErrorBoundary } from '../../components/panel-error-boundary'
import { TimelinePanel } from '../../features/timeline/timeline-panel'
import { MIN_WINDOW_MS } from '../../state/time-window'
import { useTimelineLegend } from '../panels/use-timeline-legend'
import type { EngineView } from './use-engine-view'

/**
 * The timeline of a story an engine holds: the dashboard's own, drawn from the engine's answer rows
 * (its events near the window, its counting bars). The page does not know whether some event has a
 * time of day: it may be zoomed to six hours, as any story.
 */
export function EngineTimeline({ view }: { view: EngineView }) {
  const { state, actions } = view
  const legend = useTimelineLegend(view)
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
