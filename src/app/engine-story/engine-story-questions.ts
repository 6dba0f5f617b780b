import type { QueryOf } from '../../dataset/query/query-description'
import { NO_FILTER } from '../../dataset/query/query-description'

/** What the page asks first of a story an engine holds: the story as a whole. */
export const SUMMARY_QUESTION: QueryOf<'story-summary'> = { kind: 'story-summary' }

/** How many of its first events the page lists, drawn from the answer's rows. */
export const FIRST_EVENTS = 100

export const FIRST_EVENTS_QUESTION: QueryOf<'events'> = {
  kind: 'events',
  filter: NO_FILTER,
  fields: ['title', 'date', 'precision', 'status', 'countries'],
  limit: FIRST_EVENTS,
  offset: 0,
}
