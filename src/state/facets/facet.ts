import type { ActorKind } from '../../dataset/format/schema'
import type { IndexedEvent } from '../../dataset/story-index'

/**
 * What of an event the facets read: an event of the story, or a row of an answer drawn as one (the
 * timeline's lanes, features/timeline/items/timeline-event.ts).
 */
export type FacetEvent = Pick<IndexedEvent, 'countries' | 'actors' | 'categories'> & { status: string }

/**
 * What the facets read of a story: its values and their names. A story held in the page is one (its
 * index); of a story an engine holds, what the engine answered (state/shown-story.ts): its values by id,
 * named by their ids, actors of no known kind.
 */
export type FacetVocabulary = {
  /** Country codes that some event involves. */
  countryCodes: readonly string[]
  actorsById: ReadonlyMap<string, { id: string; name: string; kind?: ActorKind }>
  categoriesById: ReadonlyMap<string, { id: string; name: string }>
}

/**
 * What a facet is to the app: everything the URL, the reconciling of a link, the counts, the filters
 * panel, the breakdown chart, the filters in words and the timeline's lanes need to know of it. One
 * entry per facet in facet-table.ts drives all of them (see docs/decisions/facets-as-data.md).
 */
export type Facet<Key extends string = string, Lane extends string = string> = {
  key: Key
  /** Its URL parameter (`?country=KP,RU`). */
  param: string
  /** A value as a link's value is read (country codes upper-cased), after trimming. */
  normalize: (value: string) => string
  /** An event's values: what an event is counted under and matched by (any of them). */
  valuesOf: (event: FacetEvent) => readonly string[]
  /** Whether the story has this value; a link's value it lacks is left out, with `unknown`'s notice. */
  has: (story: FacetVocabulary, value: string) => boolean
  /** The notice for a link's values the story lacks. */
  unknown: (values: readonly string[], story: FacetVocabulary) => string
  /** The values a person can choose, with their names, in the story's own order. */
  values: (story: FacetVocabulary) => readonly NamedValue[]
  /** A value's name, as the lanes and the filters in words say it. */
  nameOf: (value: string, story: FacetVocabulary) => string
  /** The chosen values in words, for "nothing matches North Korea and Kim Jong Un"; their names unless given. */
  describe?: (chosen: readonly string[], story: FacetVocabulary) => readonly string[]
  /** How the filters panel offers it; null: not there (statuses are the timeline legend's chips). */
  panel: FacetPanel | null
  /** How the breakdown chart counts by it; null: it does not. */
  chart: FacetChart | null
  /** The ways it divides the timeline into lanes (`?group=`): none, or one or more. */
  lanes: readonly LaneSpec<Lane>[]
}

/** A value as a person chooses it. `group`: what it is listed under in the panel (an actor's kind). */
export type NamedValue = { id: string; name: string; group?: string }

export type FacetPanel = {
  /** The heading of its group of checkboxes. */
  legend: string
  /** Where it stands in the panel, top down (countries, categories, then the long list of actors). */
  rank: number
  /** Said where the story has no value of it; null: the facet is left out of the panel. */
  none: string | null
  /**
   * 'as-given': every value, in the facet's order (a story names a few hundred countries at most);
   * 'by-name': in name order, a long list showing its busiest values first until asked for all.
   */
  order: 'as-given' | 'by-name'
  /** Lists under their own headings, in this order (actors by kind); values of other groups are not offered. */
  groups?: ReadonlyArray<{ group: string; heading: string }>
}

export type FacetChart = {
  /** The chart's choice after "Events by": "country". */
  choice: string
  /** Said where the story has none: "This story names no countries to count by." */
  none: string
  /** The chart's table's caption: "Matching events by country". */
  caption: string
  /** 'as-given': the facet's order; 'by-count': most events first. */
  order: 'as-given' | 'by-count'
}

/** One way to divide the timeline into lanes. */
export type LaneSpec<Key extends string = string> = {
  /** Its value in `?group=`. */
  key: Key
  /** The lane picker's option: "By country". */
  choice: string
  /** The lane of the events with no value: "No country". */
  none: string
  /** The lane the smallest share past the most lanes drawn: "Other countries". */
  other: string
  /** An event's lanes, where not the facet's own values (an actor's kind); its lane labels likewise. */
  valuesOf?: (event: FacetEvent, story: FacetVocabulary) => readonly string[]
  labelOf?: (value: string, story: FacetVocabulary) => string
  /** A fixed order of lanes, where it has one (statuses, kinds); else the fullest first. */
  fixedOrder?: readonly string[]
  /** Why this story cannot be divided so (said when a link asks for it); null or absent: it can. */
  unavailable?: (story: FacetVocabulary) => string | null
}
