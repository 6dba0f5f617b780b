import { memo, type ReactNode, useId, useMemo, useState } from 'react'
import { countryName } from '../../dataset/format/country-codes'
import type { Actor, ActorKind } from '../../dataset/format/schema'
import type { Story } from '../../dataset/story-index'
import { sortedByName } from '../../lib/compare-names'
import { formatCount } from '../../lib/format-count'
import type { FacetCounts } from '../../state/matching-events'
import type { ViewActions } from '../../state/use-view'
import { type ActiveFilters, hasFilters } from '../../state/view-state'
import { SearchBox } from './search-box'
import './filters.css'

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

/** Faceted filters: countries, categories and actors (OR within a facet, AND across), search, and clear all. */
export const FiltersPanel = memo(function FiltersPanel({
  story,
  filters,
  counts,
  matchingCount,
  actions,
}: FiltersPanelProps) {
  // Once per story, not on every filter: a large story names thousands of actors.
  const actorsByKind = useMemo(() => groupActors(story.dataset.actors), [story])
  const categories = useMemo(
    () => sortedByName(story.categoriesById.values(), (category) => category.name),
    [story],
  )
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
          {formatCount(matchingCount)} of {formatCount(story.events.length)} events match
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
                adds={filters.countries.length ? (counts.added.countries.get(code) ?? 0) : undefined}
                checked={filters.countries.includes(code)}
                value={code}
                onToggle={actions.toggleCountry}
              />
            ))}
          </FacetGroup>
        )}
        {categories.length > 0 && (
          <NamedGroup
            legend="Categories"
            items={categories}
            counts={counts.categories}
            added={filters.categories.length ? counts.added.categories : undefined}
            checked={filters.categories}
            onToggle={actions.toggleCategory}
          />
        )}
        {story.dataset.actors.length === 0 ? (
          <p className="empty-state">This story names no actors.</p>
        ) : (
          <FacetGroup legend="Actors" listed={false}>
            {(Object.keys(KIND_HEADINGS) as ActorKind[]).map((kind) => {
              const actors = actorsByKind.get(kind) ?? []
              if (actors.length === 0) return null
              return (
                <NamedGroup
                  key={kind}
                  legend={KIND_HEADINGS[kind] ?? kind}
                  nested
                  items={actors}
                  counts={counts.actors}
                  added={filters.actors.length ? counts.added.actors : undefined}
                  checked={filters.actors}
                  onToggle={actions.toggleActor}
                />
              )
            })}
          </FacetGroup>
        )}
      </div>
    </section>
  )
})

function groupActors(actors: Actor[]): Map<ActorKind, Actor[]> {
  const groups = new Map<ActorKind, Actor[]>()
  for (const actor of actors) {
    const list = groups.get(actor.kind)
    if (list) list.push(actor)
    else groups.set(actor.kind, [actor])
  }
  for (const [kind, list] of groups)
    groups.set(
      kind,
      sortedByName(list, (actor) => actor.name),
    )
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

/** Past this many values (actors of a kind, categories), a group lists the busiest first and offers the rest on demand. */
const SHORT_LIST_LIMIT = 30
const SHORT_LIST_LENGTH = 20

/**
 * The values of one facet that have names: the actors of one kind, or the categories. A large story
 * may name thousands: a list that long is neither readable nor quick to update, so it shows the
 * SHORT_LIST_LENGTH with most matching events (and any chosen ones) until the reader asks for all.
 */
function NamedGroup(props: {
  legend: string
  nested?: boolean
  items: ReadonlyArray<{ id: string; name: string }>
  counts: ReadonlyMap<string, number>
  /** With some actors chosen: what each other one would add. */
  added: ReadonlyMap<string, number> | undefined
  checked: string[]
  onToggle: (id: string) => void
}) {
  const { legend, nested = false, items, counts, added, checked, onToggle } = props
  const [showAll, setShowAll] = useState(false)
  const long = items.length > SHORT_LIST_LIMIT
  const shown =
    !long || showAll
      ? items
      : // The values come in name order and the sort is stable: equal counts stay in name order.
        [...items]
          // By the figure each shows: its events, or with some chosen, what it would add.
          .sort((a, b) => ((added ?? counts).get(b.id) ?? 0) - ((added ?? counts).get(a.id) ?? 0))
          .filter((item, rank) => rank < SHORT_LIST_LENGTH || checked.includes(item.id))
  return (
    <FacetGroup legend={legend} nested={nested}>
      {shown.map((item) => (
        <FacetCheckbox
          key={item.id}
          label={item.name}
          count={counts.get(item.id) ?? 0}
          adds={added ? (added.get(item.id) ?? 0) : undefined}
          checked={checked.includes(item.id)}
          value={item.id}
          onToggle={onToggle}
        />
      ))}
      {long && (
        <li className="facet-more">
          {!showAll && <span>The {SHORT_LIST_LENGTH} with most matching events. </span>}
          <button type="button" className="link-button" onClick={() => setShowAll(!showAll)}>
            {showAll ? 'Show fewer' : `Show all ${formatCount(items.length)}`}
          </button>
        </li>
      )}
    </FacetGroup>
  )
}

const FacetCheckbox = memo(function FacetCheckbox(props: {
  label: string
  count: number
  /**
   * Where others of its group are chosen: how many events choosing this one would add (values of a
   * group combine with OR, so its own count would overstate what it changes).
   */
  adds?: number | undefined
  checked: boolean
  value: string
  onToggle: (value: string) => void
}) {
  const id = useId()
  const showsAdds = props.adds !== undefined && !props.checked
  const empty = !props.checked && (showsAdds ? props.adds === 0 : props.count === 0)
  return (
    <li className={empty ? 'facet facet-empty' : 'facet'}>
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        onChange={() => props.onToggle(props.value)}
        aria-describedby={`${id}-count`}
      />
      <label htmlFor={id}>
        <bdi>{props.label}</bdi>
      </label>
      {showsAdds ? (
        <span id={`${id}-count`} className="facet-count" title="Events it would add to those matching">
          <span className="visually-hidden">would add </span>
          <span aria-hidden="true">+</span>
          {formatCount(props.adds ?? 0)}
          <span className="visually-hidden"> events if chosen</span>
        </span>
      ) : (
        <span id={`${id}-count`} className="facet-count">
          <span className="visually-hidden">matching events: </span>
          {formatCount(props.count)}
        </span>
      )}
    </li>
  )
})
