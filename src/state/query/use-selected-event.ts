import { useMemo } from 'react'
import type { EventDetailsQuery } from '../../dataset/query/query-description'
import type { IndexedEvent, Story } from '../../dataset/story-index'
import type { ActiveFilters } from '../view-state'
import type { AnswerSource } from './answer-source'
import { answerEventDetails } from './memory-details'
import { queryFilter } from './query-filter'
import { useAnswerOf } from './use-answer'

/** The details panel's question: the selected event, and whether the view's filters let it through. */
export function selectedEventQuestion(id: string, filters: ActiveFilters): EventDetailsQuery {
  return { kind: 'event-details', id, filter: queryFilter(filters, null) }
}

export type SelectedEvent = {
  /** The event as the story holds it (the details draw its quotes and sources); undefined: none, or not yet answered. */
  event: IndexedEvent | undefined
  /** Selected but left out by the filters (the details say so, the timeline draws it apart). */
  hiddenByFilters: boolean
  counting: boolean
  error: Error | null
  retry: () => void
}

/**
 * The selected event through the story's answerer (one event's details). The details still draw the
 * story's own object, found by the answer's id, as the list does (use-listed-events.ts); while an
 * engine answers for a new selection, its last answer (another event) is not shown as this one.
 */
export function useSelectedEvent(
  source: AnswerSource,
  story: Story,
  id: string | null,
  filters: ActiveFilters,
): SelectedEvent {
  const { answer, counting, error, retry } = useAnswerOf(
    source,
    id === null ? null : selectedEventQuestion(id, filters),
    answerEventDetails,
  )
  const row = answer?.rows[0]
  const current = row !== undefined && row.id === id
  const event = current ? story.eventsById.get(row.id) : undefined
  const hiddenByFilters = current && answer?.matching === false
  // One object while nothing in it changes: the details panel is memoised on its props.
  return useMemo(
    () => ({ event, hiddenByFilters, counting, error, retry }),
    [event, hiddenByFilters, counting, error, retry],
  )
}
