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
import { type CountPlan, countPlan } from './facets/count-plan'
import { byFacet, FACETS, type FacetKey } from './facets/facet-table'
import { areaBits, isInArea } from './geo-area'
import { matchesSearch, searchBits, searchTerms } from './search'
import { isEventInWindow } from './time-window'
import type { ActiveFilters } from './view-state'
import { windowBits } from './window-bits'

type Filters = ActiveFilters

/** Faceted search: values within a facet combine with OR, facets with AND. */
export function matchesFilters(story: Story, event: IndexedEvent, filters: Filters): boolean {
  for (const facet of FACETS) {
    const chosen = filters.chosen[facet.key]
    if (chosen.length > 0 && !facet.valuesOf(event).some((value) => chosen.includes(value))) return false
  }
  const terms = searchTerms(filters.search)
  if (terms.length > 0 && !matchesSearch(story, event, terms)) return false
  if (filters.area) {
    const latitude = event.place?.latitude
    const longitude = event.place?.longitude
    if (latitude === undefined || longitude === undefined || !isInArea(latitude, longitude, filters.area))
      return false
  }
  if (filters.window && !isEventInWindow(event, filters.window)) return false
  return true
}

export function matchingEvents(story: Story, filters: Filters): IndexedEvent[] {
  return eventsIn(story, eventSets(story).of(filters))
}

/** A facet's counts: each value's matching events given the other facets, and what each would add. */
export type FacetCount = {
  byValue: Map<string, number>
  /**
   * Where some of the facet's values are chosen: how many events each one not chosen would add to
   * what matches ("+3"), given the other facets. Empty where none is chosen.
   */
  added: Map<string, number>
}

export type FacetCounts = Readonly<Record<FacetKey, FacetCount>>

/**
 * What matches, and the facet counts (see facets/count-plan.ts), answered from the story's facet bit
 * sets, each facet's chosen values combined once for all. A count is how many events a value would
 * match given the other active facets (as faceted search does): choosing KP shows how many of the
 * events matching the actor filter and search involve KP.
 */
export function filterStory(
  story: Story,
  filters: Filters,
): { matching: IndexedEvent[]; counts: FacetCounts } {
  return answerCountPlan(story, countPlan(filters))
}

/** The in-memory answer to a count plan (a query engine would answer the same plan). */
function answerCountPlan(story: Story, plan: CountPlan): { matching: IndexedEvent[]; counts: FacetCounts } {
  const sets = eventSets(story)
  const { all, byFacet: lists } = facetBits(story)
  const countFor = (facet: FacetKey, within: EventBits) => {
    const counts = new Map<string, number>()
    for (const [value, list] of lists[facet]) {
      // Within every event, a value counts all of its events (and each has at least one).
      const count = within === all ? list.length : countIn(list, within)
      if (count > 0) counts.set(value, count)
    }
    return counts
  }
  const counts = byFacet(({ key }): FacetCount => {
    const { where, adding } = plan.facets[key]
    const within = sets.of(where)
    return {
      byValue: countFor(key, within),
      // What a value not yet chosen adds: its events among the others' that the facet's choice leaves out.
      added: adding ? countFor(key, difference(within, sets.anyOf(key, adding))) : new Map(),
    }
  })
  return { matching: eventsIn(story, sets.of(plan.matching)), counts }
}

function eventsIn(story: Story, bits: EventBits): IndexedEvent[] {
  // Nothing filtered (a story's first view): the story's own list, not a copy of 100,000 events.
  if (bits === facetBits(story).all) return story.events
  return positions(bits).map((position) => story.events[position] as IndexedEvent)
}

/**
 * The events that filters let through, as bit sets. Made for one answer: a facet's chosen values (the
 * same list in every facet's `where`) are combined once, and so are the search and the area.
 */
function eventSets(story: Story) {
  const { all, count, byFacet: lists } = facetBits(story)
  const words = wordsFor(count)
  const unions = new Map<readonly string[], EventBits>()
  let narrowed: { search: string; area: Filters['area']; window: Filters['window']; bits: EventBits } | null =
    null
  // The events of any of the chosen values; every event when none is chosen.
  const anyOf = (facet: FacetKey, chosen: readonly string[]): EventBits => {
    if (chosen.length === 0) return all
    let set = unions.get(chosen)
    if (!set) {
      set = union(
        chosen.map((value) => lists[facet].get(value)),
        words,
      )
      unions.set(chosen, set)
    }
    return set
  }
  // The search, the map's area and a window narrow every facet: each facet's counts are within them.
  const narrowedBy = ({ search, area, window }: Filters): EventBits => {
    if (narrowed?.search === search && narrowed.area === area && narrowed.window === window)
      return narrowed.bits
    const terms = searchTerms(search)
    const searched = terms.length ? searchBits(story, terms) : all
    const placed = area ? intersect(searched, areaBits(story, area)) : searched
    const bits = window ? intersect(placed, windowBits(story, window)) : placed
    narrowed = { search, area, window, bits }
    return bits
  }
  const of = (filters: Filters): EventBits =>
    intersectAll(
      all,
      ...FACETS.map((facet) => anyOf(facet.key, filters.chosen[facet.key])),
      narrowedBy(filters),
    )
  return { anyOf, of }
}

/**
 * The intersection of sets, leaving out `all` (every event), which narrows nothing; `all` itself when
 * nothing else is left, so that callers can tell that nothing is filtered.
 */
function intersectAll(all: EventBits, ...sets: EventBits[]): EventBits {
  const [first, ...others] = sets.filter((set) => set !== all)
  return first ? intersect(first, ...others) : all
}
