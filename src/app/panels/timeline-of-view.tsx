import { PANEL_NAMES, PanelErrorBoundary } from '../../components/panel-error-boundary'
import { TimelinePanel } from '../../features/timeline/timeline-panel'
import { shortestWindowFor } from '../../state/time-window'
import type { StoryView } from '../use-story-view'
import { useTimelineLegend } from './use-timeline-legend'

/** The timeline of the shared view, with its status legend and lanes. */
export function TimelineOfView({ view }: { view: StoryView }) {
  const { story, state, actions } = view
  const legend = useTimelineLegend(view)
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
