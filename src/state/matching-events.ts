import { foldForSearch } from '../dataset/search-text'
import { eventSearchText, type IndexedEvent, type Story } from '../dataset/story-index'
import type { ActiveFilters } from './view-state'

type Filters = ActiveFilters
type Facet = 'countries' | 'actors' | 'search'

type CompiledFilters = { story: Story; countries: string[]; actors: string[]; terms: string[] }

// The search is folded once per pass over the events, not once per event.
function compile(story: Story, filters: Filters): CompiledFilters {
  return { story, countries: filters.countries, actors: filters.actors, terms: searchTerms(filters.search) }
}

function matches(event: IndexedEvent, filters: CompiledFilters, skip?: Facet): boolean {
  if (skip !== 'countries' && filters.countries.length > 0) {
    if (!filters.countries.some((code) => event.countries.includes(code))) return false
  }
  if (skip !== 'actors' && filters.actors.length > 0) {
    if (!filters.actors.some((id) => event.actors.includes(id))) return false
  }
  if (skip !== 'search' && filters.terms.length > 0) {
    const text = eventSearchText(filters.story, event)
    if (!filters.terms.every((term) => text.includes(term))) return false
  }
  return true
}

/** Faceted search: values within a facet combine with OR, facets with AND. */
export function matchesFilters(story: Story, event: IndexedEvent, filters: Filters, skip?: Facet): boolean {
  return matches(event, compile(story, filters), skip)
}

/** The words of a search, folded; every one must appear. */
export function searchTerms(search: string): string[] {
  return foldForSearch(search).split(' ').filter(Boolean)
}

export function matchingEvents(story: Story, filters: Filters): IndexedEvent[] {
  const compiled = compile(story, filters)
  return story.events.filter((event) => matches(event, compiled))
}

export type FacetCounts = { countries: Map<string, number>; actors: Map<string, number> }

/**
 * How many events each country and actor would match, given the other active facets (as faceted
 * search does): choosing KP shows how many of the events matching the actor filter and search involve KP.
 */
export function facetCounts(story: Story, filters: Filters): FacetCounts {
  const compiled = compile(story, filters)
  const countries = new Map<string, number>()
  const actors = new Map<string, number>()
  for (const event of story.events) {
    if (matches(event, compiled, 'countries')) {
      for (const code of event.countries) countries.set(code, (countries.get(code) ?? 0) + 1)
    }
    if (matches(event, compiled, 'actors')) {
      for (const id of event.actors) actors.set(id, (actors.get(id) ?? 0) + 1)
    }
  }
  return { countries, actors }
}
