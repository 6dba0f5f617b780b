import type { PeriodCountRow } from '../../dataset/query/answers'
import { periodEnd, periodStart } from '../../dataset/query/periods'
import { QUERY_LIMITS } from '../../dataset/query/query-limits'
import { FACETS } from '../facets/facet-table'
import { compareText, type MemoryHandler } from './memory-index'

// Counts per period, in memory: the density chart's and the timeline's counting bars' (memory-index.ts).

export const answerPeriodCounts: MemoryHandler<'period-counts'> = (index, query) => {
  const { window } = query.filter
  const lanes = query.lanes ? FACETS.find((facet) => facet.key === query.lanes) : undefined
  const counts = new Map<string, PeriodCountRow>()
  const add = (start: number, lane: string | null | undefined) => {
    const key = lane === undefined ? String(start) : `${start} ${lane ?? ''}`
    const row = counts.get(key)
    if (row) row.count++
    else counts.set(key, lane === undefined ? { start, count: 1 } : { start, count: 1, lane })
  }
  // Events come in time order: most fall in the period of the one before, found without a Date.
  let period = { start: 0, end: 0 }
  for (const event of index.matching(query)) {
    // Begun before the window: counted in its first period (see PeriodCountsQuery).
    const placed = Math.min(Math.max(event.span.start, window.start), window.end - 1)
    if (placed < period.start || placed >= period.end) {
      const first = periodStart(placed, query.bucketing)
      period = { start: first, end: periodEnd(first, query.bucketing) }
    }
    const { start } = period
    if (!lanes) add(start, undefined)
    else {
      const values = lanes.valuesOf(event)
      if (values.length === 0) add(start, null)
      for (const value of values) add(start, value)
    }
  }
  const rows = [...counts.values()].sort(
    (a, b) => a.start - b.start || compareText(a.lane ?? '', b.lane ?? ''),
  )
  return { rows: rows.slice(0, lanes ? QUERY_LIMITS.periodRows : QUERY_LIMITS.periods) }
}
