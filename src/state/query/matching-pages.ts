import type { EventRow } from '../../dataset/query/answers'
import type { EventField, EventsQuery } from '../../dataset/query/query-description'
import { QUERY_LIMITS } from '../../dataset/query/query-limits'
import type { ActiveFilters } from '../view-state'
import type { AnswerSource } from './answer-source'
import { answerEvents } from './memory-first-view'
import { queryFilter } from './query-filter'

/** One page of the matching events of all time, in time order (the export reads them all, page by page). */
export function matchingPageQuestion(
  filters: ActiveFilters,
  offset: number,
  fields: readonly EventField[] = [],
): EventsQuery {
  return {
    kind: 'events',
    filter: queryFilter(filters, null),
    fields,
    limit: QUERY_LIMITS.events,
    offset,
  }
}

/**
 * Every matching event, asked in pages of the most one answer may hold, so that an engine is never
 * asked past its limits: the story held in the page answers at once, an engine page by page. Not a
 * hook: asked when the reader exports, not on every change.
 */
export async function allMatchingEvents(
  source: AnswerSource,
  filters: ActiveFilters,
  fields: readonly EventField[] = [],
): Promise<EventRow[]> {
  const rows: EventRow[] = []
  for (;;) {
    const query = matchingPageQuestion(filters, rows.length, fields)
    const page =
      source.kind === 'immediate' ? answerEvents(source.index, query) : await source.answerer.answer(query)
    rows.push(...page.rows)
    // An empty page ends it too, should a total and the rows disagree (an engine's data changing).
    if (rows.length >= page.total || page.rows.length === 0) return rows
  }
}
