import { useMemo } from 'react'
import type { FacetCountRow } from '../../dataset/query/answers'
import type { FacetCountsQuery } from '../../dataset/query/query-description'
import { QUERY_LIMITS } from '../../dataset/query/query-limits'
import { byFacet, FACETS } from '../facets/facet-table'
import type { FacetCounts } from '../matching-events'
import type { ActiveFilters } from '../view-state'
import { type AnswerSource, useAnswerSource } from './answer-source'
import { answerFacetCounts } from './memory-first-view'
import { queryFilter } from './query-filter'
import { useAnswer } from './use-answer'

/**
 * The filters panel's question (and the legend's, and the breakdown chart's): every facet counted all
 * time, each within the others' choices, and what a value of a chosen facet would add.
 */
export function facetCountsQuestion(filters: ActiveFilters, source: AnswerSource['kind']): FacetCountsQuery {
  return {
    kind: 'facet-counts',
    filter: queryFilter(filters, null),
    facets: FACETS.map((facet) => facet.key),
    // Only the panel says what a value would add (the legend's status chips do not): count-plan.ts.
    adding: FACETS.filter((facet) => facet.panel).map((facet) => facet.key),
    // The page's own index counts every value, as the panel always did (a story of 100,000 ACLED rows
    // names more than 5,000 actors); an engine gives the busiest its limit allows.
    limit: source === 'immediate' ? Number.MAX_SAFE_INTEGER : QUERY_LIMITS.facetValues,
  }
}

/** The facet counts of the view's filters, as the panels take them; none counted yet: empty. */
export function useFacetCounts(filters: ActiveFilters): {
  counts: FacetCounts
  counting: boolean
  error: Error | null
  retry: () => void
  retrying: boolean
} {
  const source = useAnswerSource()
  const { answer, counting, error, retry, retrying } = useAnswer(
    facetCountsQuestion(filters, source.kind),
    answerFacetCounts,
  )
  const counts = useMemo(() => facetCountsOf(answer?.rows ?? []), [answer])
  return { counts, counting, error, retry, retrying }
}

/** An answer's rows as each facet's counts by value, and what each would add where it says. */
export function facetCountsOf(rows: readonly FacetCountRow[]): FacetCounts {
  const counts = byFacet(() => ({ byValue: new Map<string, number>(), added: new Map<string, number>() }))
  for (const { facet, value, count, added } of rows) {
    counts[facet].byValue.set(value, count)
    if (added !== null) counts[facet].added.set(value, added)
  }
  return counts
}
