import { joinList, t } from '../i18n/i18n-store'
import { defineMessages } from '../i18n/messages'
import type { FacetVocabulary } from './facets/facet'
import { FACETS } from './facets/facet-table'
import { describeArea } from './geo-area'
import type { ActiveFilters } from './view-state'

const messages = defineMessages({
  search: { id: 'filters.describe.search', defaultMessage: 'the search “{text}”' },
  area: { id: 'filters.describe.area', defaultMessage: '{area} on the map' },
  more: { id: 'filters.describe.more', defaultMessage: '{first}, {second} and {count} more' },
})

/**
 * The active filters in words, for a message that says what to remove: "the search “colony”",
 * "North Korea and Kim Jong Un", "the search “x”, Japan and 2 more". Empty when nothing is filtered.
 */
export function describeFilters(filters: ActiveFilters, story: FacetVocabulary): string {
  const parts = [
    ...(filters.search.trim() ? [t(messages.search, { text: filters.search.trim() })] : []),
    ...FACETS.flatMap((facet) => {
      const chosen = filters.chosen[facet.key]
      if (chosen.length === 0) return []
      return facet.describe?.(chosen, story) ?? chosen.map((value) => facet.nameOf(value, story))
    }),
    ...(filters.area ? [t(messages.area, { area: describeArea(filters.area) })] : []),
  ]
  if (parts.length <= 3) return joinList(parts)
  return t(messages.more, { first: parts[0] ?? '', second: parts[1] ?? '', count: parts.length - 2 })
}
