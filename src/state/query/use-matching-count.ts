import type { EventsQuery } from '../../dataset/query/query-description'
import type { ActiveFilters } from '../view-state'
import type { AnswerSource } from './answer-source'
import { answerEvents } from './memory-first-view'
import { queryFilter } from './query-filter'
import { type AnswerState, useAnswerOf } from './use-answer'

/** How many events the view's filters let through, all time: a list of none, and its total. */
export function matchingCountQuestion(filters: ActiveFilters): EventsQuery {
  return { kind: 'events', filter: queryFilter(filters, null), fields: [], limit: 0, offset: 0 }
}

/**
 * The matching events' count (the filters panel's "N of M", the embed's, the export's file name):
 * undefined until an engine's first answer; in memory, on the render that asks.
 */
export function useMatchingCount(source: AnswerSource, filters: ActiveFilters): AnswerState<number> {
  const asked = useAnswerOf(source, matchingCountQuestion(filters), answerEvents)
  return { ...asked, answer: asked.answer?.total }
}
