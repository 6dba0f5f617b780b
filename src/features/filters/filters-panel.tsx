import { memo, useMemo } from 'react'
import type { FacetVocabulary } from '../../state/facets/facet'
import type { FacetKey } from '../../state/facets/facet-table'
import type { FacetCounts } from '../../state/matching-events'
import { type ActiveFilters, hasFilters } from '../../state/view-state'
import { PanelFacetGroup } from './facet-group'
import { panelFacets } from './panel-facets'
import { SearchBox } from './search-box'
import './filters.css'
import { EngineProblem } from '../../components/engine-problem/engine-problem'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'

const messages = defineMessages({
  filters: { id: 'panel.filters', defaultMessage: 'Filters' },
  clearAll: { id: 'filters.clearAll', defaultMessage: 'Clear all' },
  match: {
    id: 'filters.match',
    defaultMessage: '{matching, number} of {all, plural, one {# event matches} other {# events match}}',
  },
})

type FiltersPanelProps = {
  /** The story's values to choose from. */
  story: FacetVocabulary
  /** How many events the story has. */
  total: number
  filters: ActiveFilters
  counts: FacetCounts
  /** Undefined while an engine counts them for the first time. */
  matchingCount: number | undefined
  /** Why an engine did not count (the facets or the matching events), and a way to ask again. */
  problem: { error: Error | null; retry: () => void }
  /** Chooses or unchooses a value of a facet. */
  onToggle: (facet: FacetKey, value: string) => void
  /** Typing in the search box. */
  onSearch: (text: string) => void
  onClearFilters: () => void
}

/** Faceted filters: countries, categories and actors (OR within a facet, AND across), search, and clear all. */
export const FiltersPanel = memo(function FiltersPanel({
  story,
  total,
  filters,
  counts,
  matchingCount,
  problem,
  onToggle,
  onSearch,
  onClearFilters,
}: FiltersPanelProps) {
  const t = useT()
  // Once per story, not on every filter: a large story names thousands of actors.
  const facets = useMemo(() => panelFacets(story), [story])
  return (
    <section className="panel filters-panel" aria-labelledby="filters-title">
      <div className="panel-header">
        <h2 id="filters-title">{t(messages.filters)}</h2>
        <button
          type="button"
          className="link-button"
          onClick={onClearFilters}
          disabled={!hasFilters(filters)}
        >
          {t(messages.clearAll)}
        </button>
      </div>
      <div className="panel-body">
        <SearchBox value={filters.search} onChange={onSearch} />
        <p className="filters-summary" aria-live="polite">
          {matchingCount !== undefined && t(messages.match, { matching: matchingCount, all: total })}
        </p>
        <EngineProblem error={problem.error} onRetry={problem.retry} />
        {facets.map((offered) => (
          <PanelFacetGroup
            key={offered.facet.key}
            {...offered}
            chosen={filters.chosen[offered.facet.key]}
            count={counts[offered.facet.key]}
            onToggle={onToggle}
          />
        ))}
      </div>
    </section>
  )
})
