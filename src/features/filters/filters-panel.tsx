import { memo, type ReactNode, useId } from 'react'
import { countryName } from '../../dataset/country-codes'
import type { Actor, ActorKind } from '../../dataset/schema'
import type { Story } from '../../dataset/story-index'
import type { FacetCounts } from '../../state/matching-events'
import type { ViewActions } from '../../state/use-view'
import { type ActiveFilters, hasFilters } from '../../state/view-state'
import { SearchBox } from './search-box'

type FiltersPanelProps = {
  story: Story
  filters: ActiveFilters
  counts: FacetCounts
  matchingCount: number
  actions: ViewActions
}

// Countries acting as such are filtered under "Countries" (which covers every actor of that country),
// so each country has one checkbox, not two with the same name.
const KIND_HEADINGS: Partial<Record<ActorKind, string>> = {
  person: 'People',
  organization: 'Organisations',
}

/** Faceted filters: countries and actors (OR within a facet, AND across), search, and clear all. */
export const FiltersPanel = memo(function FiltersPanel({
  story,
  filters,
  counts,
  matchingCount,
  actions,
}: FiltersPanelProps) {
  const actorsByKind = groupActors(story.dataset.actors)
  return (
    <section className="panel filters-panel" aria-labelledby="filters-title">
      <div className="panel-header">
        <h2 id="filters-title">Filters</h2>
        <button
          type="button"
          className="link-button"
          onClick={actions.clearFilters}
          disabled={!hasFilters(filters)}
        >
          Clear all
        </button>
      </div>
      <div className="panel-body">
        <SearchBox value={filters.search} onChange={actions.setSearch} />
        <p className="filters-summary" aria-live="polite">
          {matchingCount} of {story.events.length} events match
        </p>
        {story.countryCodes.length === 0 ? (
          <p className="empty-state">This story names no countries.</p>
        ) : (
          <FacetGroup legend="Countries">
            {story.countryCodes.map((code) => (
              <FacetCheckbox
                key={code}
                label={countryName(code)}
                count={counts.countries.get(code) ?? 0}
                checked={filters.countries.includes(code)}
                onToggle={() => actions.toggleCountry(code)}
              />
            ))}
          </FacetGroup>
        )}
        <FacetGroup legend="Actors" listed={false}>
          {(Object.keys(KIND_HEADINGS) as ActorKind[]).map((kind) => {
            const actors = actorsByKind.get(kind) ?? []
            if (actors.length === 0) return null
            return (
              <FacetGroup key={kind} legend={KIND_HEADINGS[kind] ?? kind} nested>
                {actors.map((actor) => (
                  <FacetCheckbox
                    key={actor.id}
                    label={actor.name}
                    count={counts.actors.get(actor.id) ?? 0}
                    checked={filters.actors.includes(actor.id)}
                    onToggle={() => actions.toggleActor(actor.id)}
                  />
                ))}
              </FacetGroup>
            )
          })}
        </FacetGroup>
      </div>
    </section>
  )
})

function groupActors(actors: Actor[]): Map<ActorKind, Actor[]> {
  const groups = new Map<ActorKind, Actor[]>()
  for (const actor of actors) groups.set(actor.kind, [...(groups.get(actor.kind) ?? []), actor])
  for (const list of groups.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'en'))
  return groups
}

function FacetGroup(props: { legend: string; nested?: boolean; listed?: boolean; children: ReactNode }) {
  const { legend, nested, listed = true, children } = props
  return (
    <fieldset className={nested ? 'facet-group facet-group-nested' : 'facet-group'}>
      <legend>{legend}</legend>
      {listed ? <ul className="facet-list">{children}</ul> : children}
    </fieldset>
  )
}

function FacetCheckbox(props: { label: string; count: number; checked: boolean; onToggle: () => void }) {
  const id = useId()
  return (
    <li className={props.count === 0 && !props.checked ? 'facet facet-empty' : 'facet'}>
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        onChange={props.onToggle}
        aria-describedby={`${id}-count`}
      />
      <label htmlFor={id}>{props.label}</label>
      <span id={`${id}-count`} className="facet-count">
        <span className="visually-hidden">matching events: </span>
        {props.count}
      </span>
    </li>
  )
}
