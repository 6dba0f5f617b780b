import { PANEL_NAMES, PanelErrorBoundary } from '../../components/panel-error-boundary'
import { EventList } from '../../features/event-list/event-list'
import { useListedEvents } from '../../state/query/use-listed-events'
import type { StoryView } from '../use-story-view'

/** The matching events as a list (for a large story, those in the timeline's window). */
export function EventListOfView({ view }: { view: StoryView }) {
  const { visibleWindow, actions } = view
  const listed = useListedEvents(view.story, view.filters, visibleWindow)
  return (
    <PanelErrorBoundary name={PANEL_NAMES.eventList}>
      <EventList
        events={listed.events}
        note={listed.note}
        total={view.story.events.length}
        selectedId={view.state.event}
        search={view.search}
        onClearSearch={view.clearSearch}
        onSelect={actions.selectEvent}
        onStep={actions.stepEvent}
        problem={listed.problem}
      />
    </PanelErrorBoundary>
  )
}
