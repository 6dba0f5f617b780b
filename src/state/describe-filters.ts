import type { Story } from '../dataset/story-index'
import { FACETS } from './facets/facet-table'
import { describeArea } from './geo-area'
import type { ActiveFilters } from './view-state'

/**
 * The active filters in words, for a message that says what to remove: "the search “colony”",
 * "North Korea and Kim Jong Un", "the search “x”, Japan and 2 more". Empty when nothing is filtered.
 */
export function describeFilters(filters: ActiveFilters, story: Story): string {
  const parts = [
    ...(filters.search.trim() ? [`the search “${filters.search.trim()}”`] : []),
    ...FACETS.flatMap((facet) => {
      const chosen = filters.chosen[facet.key]
      if (chosen.length === 0) return []
      return facet.describe?.(chosen, story) ?? chosen.map((value) => facet.nameOf(value, story))
    }),
    ...(filters.area ? [`${describeArea(filters.area)} on the map`] : []),
  ]
  if (parts.length <= 3) return joinWords(parts)
  return `${parts.slice(0, 2).join(', ')} and ${parts.length - 2} more`
}

function joinWords(parts: string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}
