import { useMemo } from 'react'
import { PANEL_NAMES, PanelErrorBoundary } from '../../components/panel-error-boundary'
import type { EventRow } from '../../dataset/query/answers'
import { EventList, type ListedEvent } from '../../features/event-list/event-list'
import { TIMELINE_FIELDS, timelineEventOf } from '../../features/timeline/items/timeline-event'
import { t } from '../../i18n/i18n-store'
import { defineMessages } from '../../i18n/messages'
import { LIST_ALL_LIMIT, listNote } from '../../state/listed-events'
import { askingProblem } from '../../state/query/asking-problem'
import { queryFilter } from '../../state/query/query-filter'
import { useAnswer } from '../../state/query/use-answer'
import { engineOnly } from './engine-questions'
import type { EngineView } from './use-engine-view'

const messages = defineMessages({
  firstInWindow: {
    id: 'engineDashboard.firstInWindow',
    defaultMessage:
      "{matching, plural, one {# event matches} other {# events match}}; listed are the first {listed, number} of the {inWindow, number} in the timeline's window.",
  },
  askingWindow: {
    id: 'engineDashboard.askingWindow',
    defaultMessage: "Asking the query engine for the events in the timeline's window…",
  },
})

/** An engine's row as the list draws it: its title, its date re-read from its EDTF text, its status. */
function listedOf(row: EventRow): ListedEvent {
  return { ...timelineEventOf(row), date: row.date ?? '' }
}

/**
 * The matching events as a list, drawn from the engine's rows: every one while they are few (as the
 * dashboard's list), past that the first LIST_ALL_LIMIT of those in the timeline's window (each row
 * is read and its date parsed in the page's thread: 10,000 made tasks of over a second).
 */
export function EngineList({ view }: { view: EngineView }) {
  const { visibleWindow, actions, filters } = view
  const all = useAnswer(
    {
      kind: 'events',
      filter: queryFilter(filters, null),
      fields: TIMELINE_FIELDS,
      limit: LIST_ALL_LIMIT,
      offset: 0,
    },
    engineOnly(),
  )
  const matching = all.answer?.total ?? 0
  const few = all.answer !== undefined && matching <= LIST_ALL_LIMIT
  const inWindow = useAnswer(
    few || all.answer === undefined
      ? null
      : {
          kind: 'events',
          filter: queryFilter(filters, { start: visibleWindow.start, end: visibleWindow.end }),
          fields: TIMELINE_FIELDS,
          limit: LIST_ALL_LIMIT,
          offset: 0,
        },
    engineOnly(),
  )
  const listed = few ? all.answer : inWindow.answer
  const events = useMemo(() => (listed?.rows ?? []).map(listedOf), [listed])
  const inView = inWindow.answer?.total ?? 0
  // Until the window's first answer, the list says it is asking (not "none is in the window").
  const note =
    few || all.answer === undefined
      ? null
      : inWindow.answer === undefined
        ? inWindow.error
          ? null
          : t(messages.askingWindow)
        : inView > events.length
          ? t(messages.firstInWindow, { matching, listed: events.length, inWindow: inView })
          : listNote(matching, inView)
  return (
    <PanelErrorBoundary name={PANEL_NAMES.eventList}>
      <EventList
        events={events}
        note={note}
        total={view.shown.known.summary.events}
        selectedId={view.state.event}
        search={view.search}
        onClearSearch={view.clearSearch}
        onSelect={actions.selectEvent}
        onStep={actions.stepEvent}
        problem={askingProblem(all, inWindow)}
      />
    </PanelErrorBoundary>
  )
}
