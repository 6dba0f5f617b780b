import type { EventFilter, TimeSpan } from '../../dataset/query/query-description'
import type { QueryFacet } from '../../dataset/query/query-facets'
import type { FacetKey } from '../facets/facet-table'
import type { ActiveFilters } from '../view-state'

/**
 * The app's facets and the engines' are the same keys: a facet added to the table without its column
 * in the engines (dataset/query/query-facets.ts and the table layout) fails to compile here.
 */
export type FacetKeysAreQueryFacets = Exactly<FacetKey, QueryFacet, true>
type Exactly<A, B, Result> = [A] extends [B] ? ([B] extends [A] ? Result : never) : never
export const FACET_KEYS_ARE_QUERY_FACETS: FacetKeysAreQueryFacets = true

/**
 * A view's filters, and the window it asks about (null: all time), as a query's filter. The window is
 * widened to whole milliseconds, as an engine takes instants (parse-query.ts): a window made by
 * padding or zooming falls between them.
 */
export function queryFilter(
  filters: ActiveFilters,
  window: TimeSpan | null = filters.window ?? null,
): EventFilter {
  return {
    chosen: filters.chosen,
    search: filters.search,
    area: filters.area ?? null,
    window: window && { start: Math.floor(window.start), end: Math.ceil(window.end) },
  }
}

/** A query's filter as the view state's filters, for the in-memory matching (state/matching-events.ts). */
export function activeFilters(filter: EventFilter): ActiveFilters {
  return { chosen: filter.chosen, search: filter.search, area: filter.area, window: filter.window }
}
