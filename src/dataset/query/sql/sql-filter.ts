import { searchTerms } from '../../../lib/fold-for-search'
import type { EventFilter } from '../query-description'
import { QUERY_FACETS, type QueryFacet } from '../query-facets'
import { type Dialect, numberLiteral } from './dialects'
import { FACET_COLUMNS } from './table-layout'

/** Whether an event's row holds any of the values in a facet's column. */
export function facetTest(dialect: Dialect, facet: QueryFacet, values: readonly string[]): string {
  const { column, list } = FACET_COLUMNS[facet]
  return list
    ? dialect.hasAny(column, values)
    : `${column} IN (${values.map(dialect.stringLiteral).join(', ')})`
}

/**
 * The WHERE condition of a filter over the events table, leaving out one facet's choice where asked
 * (a facet's counts are within every other facet's filter). 1 = 1 where nothing narrows (ClickHouse 18.16 has no TRUE).
 */
export function whereOf(dialect: Dialect, filter: EventFilter, leaveOut: QueryFacet | null = null): string {
  const conditions: string[] = []
  for (const facet of QUERY_FACETS) {
    const chosen = filter.chosen[facet]
    if (facet !== leaveOut && chosen.length > 0) conditions.push(facetTest(dialect, facet, chosen))
  }
  for (const term of searchTerms(filter.search))
    conditions.push(dialect.contains('search_text', dialect.stringLiteral(term)))
  const { area, window } = filter
  if (area) {
    // Edges included; an event without coordinates (NULL) is in no area.
    conditions.push(
      `latitude >= ${numberLiteral(area.south)} AND latitude <= ${numberLiteral(area.north)}`,
      `longitude >= ${numberLiteral(area.west)} AND longitude <= ${numberLiteral(area.east)}`,
    )
  }
  // Some of the span in the window: an event dated "July 2023" overlaps 20–25 July.
  if (window)
    conditions.push(`start_ms < ${numberLiteral(window.end)} AND end_ms > ${numberLiteral(window.start)}`)
  return conditions.length ? conditions.map((condition) => `(${condition})`).join(' AND ') : '1 = 1'
}
