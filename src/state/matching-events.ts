import type { IndexedEvent, Story } from '../dataset/story-index'
import {
  countIn,
  difference,
  type EventBits,
  facetBits,
  intersect,
  positions,
  union,
  wordsFor,
} from './facet-bits'
import { areaBits, type GeoArea, isInArea } from './geo-area'
import { matchesSearch, searchBits, searchTerms } from './search'
import type { ActiveFilters } from './view-state'

type Filters = ActiveFilters

type CompiledFilters = {
  story: Story
  countries: string[]
  actors: string[]
  categories: string[]
  statuses: string[]
  terms: string[]
  area: GeoArea | null
}

// The search is folded once per pass over the events, not once per event.
function compile(story: Story, filters: Filters): CompiledFilters {
  return {
    story,
    countries: filters.countries,
    actors: filters.actors,
    categories: filters.categories,
    statuses: filters.statuses,
    terms: searchTerms(filters.search),
    area: filters.area ?? null,
  }
}

function matches(event: IndexedEvent, filters: CompiledFilters): boolean {
  if (filters.countries.length > 0) {
    if (!filters.countries.some((code) => event.countries.includes(code))) return false
  }
  if (filters.actors.length > 0) {
    if (!filters.actors.some((id) => event.actors.includes(id))) return false
  }
  if (filters.categories.length > 0) {
    if (!filters.categories.some((id) => event.categories?.includes(id))) return false
  }
  if (filters.statuses.length > 0 && !filters.statuses.includes(event.status)) return false
  if (filters.terms.length > 0) {
    if (!matchesSearch(filters.story, event, filters.terms)) return false
  }
  if (filters.area) {
    const latitude = event.place?.latitude
    const longitude = event.place?.longitude
    if (latitude === undefined || longitude === undefined || !isInArea(latitude, longitude, filters.area))
      return false
  }
  return true
}

/** Faceted search: values within a facet combine with OR, facets with AND. */
export function matchesFilters(story: Story, event: IndexedEvent, filters: Filters): boolean {
  return matches(event, compile(story, filters))
}

export function matchingEvents(story: Story, filters: Filters): IndexedEvent[] {
  return eventsIn(story, matchingBits(story, compile(story, filters)).bits)
}

export type FacetCounts = {
  countries: Map<string, number>
  actors: Map<string, number>
  categories: Map<string, number>
  statuses: Map<string, number>
  /**
   * Where some countries (actors, categories) are chosen: how many events each one not chosen would
   * add to what matches ("+3"), given the other facets. Empty where none of the group is chosen.
   */
  added: { countries: Map<string, number>; actors: Map<string, number>; categories: Map<string, number> }
}

/**
 * What matches, and the facet counts, the facet sets combined once for both. A count is how many events
 * each country and actor would match given the other active facets (as faceted search does): choosing
 * KP shows how many of the events matching the actor filter and search involve KP.
 */
export function filterStory(
  story: Story,
  filters: Filters,
): { matching: IndexedEvent[]; counts: FacetCounts } {
  const bits = matchingBits(story, compile(story, filters))
  return { matching: eventsIn(story, bits.bits), counts: countsFor(story, bits) }
}

function eventsIn(story: Story, bits: EventBits): IndexedEvent[] {
  // Nothing filtered (a story's first view): the story's own list, not a copy of 100,000 events.
  if (bits === facetBits(story).all) return story.events
  return positions(bits).map((position) => story.events[position] as IndexedEvent)
}

function countsFor(
  story: Story,
  { byCountry, byActor, byCategory, byStatus, bySearch }: ReturnType<typeof matchingBits>,
): FacetCounts {
  const facets = facetBits(story)
  const countFor = (lists: ReadonlyMap<string, Int32Array>, within: EventBits) => {
    const counts = new Map<string, number>()
    for (const [key, list] of lists) {
      // Within every event, a facet value counts all of its events (and each has at least one).
      const count = within === facets.all ? list.length : countIn(list, within)
      if (count > 0) counts.set(key, count)
    }
    return counts
  }
  const othersForCountries = intersectAll(facets.all, byActor, byCategory, byStatus, bySearch)
  const othersForActors = intersectAll(facets.all, byCountry, byCategory, byStatus, bySearch)
  const othersForCategories = intersectAll(facets.all, byCountry, byActor, byStatus, bySearch)
  // What a value not yet chosen adds: its events among the others' that the group's choice leaves out.
  const addedBy = (lists: ReadonlyMap<string, Int32Array>, group: EventBits, others: EventBits) =>
    group === facets.all ? new Map<string, number>() : countFor(lists, difference(others, group))
  return {
    countries: countFor(facets.countries, othersForCountries),
    actors: countFor(facets.actors, othersForActors),
    categories: countFor(facets.categories, othersForCategories),
    statuses: countFor(facets.statuses, intersectAll(facets.all, byCountry, byActor, byCategory, bySearch)),
    added: {
      countries: addedBy(facets.countries, byCountry, othersForCountries),
      actors: addedBy(facets.actors, byActor, othersForActors),
      categories: addedBy(facets.categories, byCategory, othersForCategories),
    },
  }
}

/**
 * The intersection of sets, leaving out `all` (every event), which narrows nothing; `all` itself when
 * nothing else is left, so that callers can tell that nothing is filtered.
 */
function intersectAll(all: EventBits, ...sets: EventBits[]): EventBits {
  const [first, ...others] = sets.filter((set) => set !== all)
  return first ? intersect(first, ...others) : all
}

/** The events each facet lets through, and all of them together. */
function matchingBits(story: Story, filters: CompiledFilters) {
  const facets = facetBits(story)
  const words = wordsFor(facets.count)
  // The events of any of the chosen values; every event when none is chosen.
  const anyOf = (chosen: string[], lists: ReadonlyMap<string, Int32Array>) =>
    chosen.length
      ? union(
          chosen.map((key) => lists.get(key)),
          words,
        )
      : facets.all
  const byCountry = anyOf(filters.countries, facets.countries)
  const byActor = anyOf(filters.actors, facets.actors)
  const byCategory = anyOf(filters.categories, facets.categories)
  const byStatus = anyOf(filters.statuses, facets.statuses)
  // The map's area narrows like the search does: every facet's counts are within it.
  const searched = filters.terms.length ? searchBits(story, filters.terms) : facets.all
  const bySearch = filters.area ? intersect(searched, areaBits(story, filters.area)) : searched
  return {
    byCountry,
    byActor,
    byCategory,
    byStatus,
    bySearch,
    bits: intersectAll(facets.all, byCountry, byActor, byCategory, byStatus, bySearch),
  }
}
