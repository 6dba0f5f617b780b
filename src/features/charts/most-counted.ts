import { compareNames } from '../../lib/compare-names'
/** One bar of the breakdown chart: a country or an actor, its matching events, and whether chosen. */
export type BreakdownRow = { key: string; name: string; count: number; active: boolean }

/** Most events first, then by name. */
export function byCount(a: BreakdownRow, b: BreakdownRow): number {
  return b.count - a.count || compareNames(a.name, b.name)
}

/**
 * All rows, in their order, if they fit; otherwise the `limit` with most events and any chosen
 * (a chosen bar must stay in view to be un-chosen), most events first.
 */
export function mostCounted(rows: BreakdownRow[], limit: number): BreakdownRow[] {
  if (rows.length <= limit) return rows
  const sorted = [...rows].sort(byCount)
  return [...sorted.slice(0, limit), ...sorted.slice(limit).filter((row) => row.active)]
}
