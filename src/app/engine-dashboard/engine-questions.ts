import { NO_FILTER, type QueryKind, type QueryOf } from '../../dataset/query/query-description'
import { QUERY_LIMITS } from '../../dataset/query/query-limits'
import { FACETS } from '../../state/facets/facet-table'
import type { MemoryHandler } from '../../state/query/memory-index'

/** A story an engine holds has no in-memory index: its own questions are the engine's only. */
export function engineOnly<Kind extends QueryKind>(): MemoryHandler<Kind> {
  return () => {
    throw new Error('A story held by an engine has no in-memory index to answer from.')
  }
}

/** What the page asks first: the story as a whole (the header, the first window). */
export const SUMMARY_QUESTION: QueryOf<'story-summary'> = { kind: 'story-summary' }

/** How many values per facet the page asks for, to know the story's values (the engine's limit). */
export const VOCABULARY_LIMIT = QUERY_LIMITS.facetValues

/** And each facet's values with no filter: what the filters offer, and what a link is checked against. */
export const VOCABULARY_QUESTION: QueryOf<'facet-counts'> = {
  kind: 'facet-counts',
  filter: NO_FILTER,
  facets: FACETS.map((facet) => facet.key),
  adding: [],
  limit: VOCABULARY_LIMIT,
}
