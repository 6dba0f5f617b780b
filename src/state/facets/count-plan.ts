import type { ActiveFilters } from '../view-state'
import { byFacet, type FacetKey } from './facet-table'

/**
 * One facet's counts as a question any store of events can answer (the bit sets of
 * matching-events.ts today, a query engine later): group the events that meet `where` by the facet's
 * values and count each group. `where` is every filter but the facet's own (values within a facet
 * combine with OR: its own choice would hide what choosing another value gives), the search and the
 * map's area included. Where some of its values are chosen (in a facet of the filters panel),
 * `adding` names them: each other value is also counted among the events `where` lets through and
 * they leave out, which is what choosing it would add ("+3").
 */
export type FacetCountQuery = { facet: FacetKey; where: ActiveFilters; adding: readonly string[] | null }

/** What the filters panel, the legend's chips and the charts show: the matching events, and each facet's counts. */
export type CountPlan = { matching: ActiveFilters; facets: Readonly<Record<FacetKey, FacetCountQuery>> }

/** What to count for these filters: a description only, answered elsewhere. */
export function countPlan(filters: ActiveFilters): CountPlan {
  return {
    matching: filters,
    facets: byFacet((facet) => {
      const own = filters.chosen[facet.key]
      return {
        facet: facet.key,
        where: { ...filters, chosen: { ...filters.chosen, [facet.key]: NONE } },
        // Only the panel says what a value would add (the legend's status chips do not).
        adding: facet.panel && own.length ? own : null,
      }
    }),
  }
}

const NONE: readonly string[] = []
