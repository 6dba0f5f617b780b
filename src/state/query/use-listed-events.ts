import { useMemo } from 'react'
import { QUERY_LIMITS } from '../../dataset/query/query-limits'
import type { IndexedEvent, Story } from '../../dataset/story-index'
import { LIST_ALL_LIMIT, listNote } from '../listed-events'
import type { ActiveFilters, TimeWindow } from '../view-state'
import { useAnswerSource } from './answer-source'
import { type AskingProblem, askingProblem } from './asking-problem'
import { answerEvents } from './memory-first-view'
import { queryFilter } from './query-filter'
import { useAnswer } from './use-answer'

/**
 * The list's questions (listed-events.ts): every matching event while they are
 * few; past LIST_ALL_LIMIT, those in the timeline's window, with a note saying so. The list draws an
 * event as the story holds it (its date's words, its quotes for the search's marks): an answer's ids
 * are found in the story held in the page.
 */
export function useListedEvents(
  story: Story,
  filters: ActiveFilters,
  window: TimeWindow,
): { events: IndexedEvent[]; note: string | null; counting: boolean; problem: AskingProblem } {
  const source = useAnswerSource()
  const most = source.kind === 'immediate' ? Number.MAX_SAFE_INTEGER : QUERY_LIMITS.events
  const allTime = queryFilter(filters, null)
  // The first page of all time tells how many match; while they are few, it is the whole list.
  const all = useAnswer(
    { kind: 'events', filter: allTime, fields: [], limit: LIST_ALL_LIMIT, offset: 0 },
    answerEvents,
  )
  const matching = all.answer?.total ?? 0
  const few = all.answer !== undefined && matching <= LIST_ALL_LIMIT
  const inWindow = useAnswer(
    {
      kind: 'events',
      filter: queryFilter(filters, { start: window.start, end: window.end }),
      fields: [],
      // While all time's first page is the list, the window's is not needed: one row, not every one.
      limit: few ? 1 : most,
      offset: 0,
    },
    answerEvents,
  )
  const listed = few ? all.answer : inWindow.answer
  const events = useMemo(
    () =>
      (listed?.rows ?? []).flatMap((row) => {
        const event = story.eventsById.get(row.id)
        return event ? [event] : []
      }),
    [listed, story],
  )
  const inView = inWindow.answer?.total ?? 0
  const note = few || all.answer === undefined ? null : listNote(matching, inView)
  return { events, note, counting: all.counting || inWindow.counting, problem: askingProblem(all, inWindow) }
}
