/**
 * The facets a query can filter and count by, as the engines see them: each an event's list of values
 * (a status is a list of one). The app's facet table (state/facets/facet-table.ts) has the same keys;
 * state/query/query-filter.ts holds the two together at compile time. Kept here, below the state, so
 * that an engine (a worker, the Node service) knows the facets without the app's messages and views.
 */
export const QUERY_FACETS = ['country', 'actor', 'category', 'status'] as const

export type QueryFacet = (typeof QUERY_FACETS)[number]

export const isQueryFacet = (value: string): value is QueryFacet =>
  (QUERY_FACETS as readonly string[]).includes(value)
