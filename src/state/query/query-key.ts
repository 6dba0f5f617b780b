import type { QueryDescription } from '../../dataset/query/query-description'

/**
 * A description as a cache key: the same question asked twice is one key, whatever order its object's
 * fields were written in or its chosen values were ticked in (values within a facet combine with OR,
 * so their order says nothing). Lists other than the chosen values keep their order: a list of
 * fields or facets is answered in the order it names them.
 */
export function queryKey(query: QueryDescription): string {
  return JSON.stringify(query, (name, value: unknown) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
    const entries = Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([field, inner]): [string, unknown] => [
        field,
        name === 'chosen' && Array.isArray(inner) ? [...inner].sort() : inner,
      ])
    return Object.fromEntries(entries)
  })
}
