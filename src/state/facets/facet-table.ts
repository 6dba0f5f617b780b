import { ACTOR_FACET } from './actor-facet'
import { CATEGORY_FACET } from './category-facet'
import { COUNTRY_FACET } from './country-facet'
import type { Facet, FacetVocabulary, LaneSpec, NamedValue } from './facet'
import { STATUS_FACET } from './status-facet'

// The facets, in the order links write them (country=…&actor=…&category=…&status=…), the filters
// are said in words and the lane picker offers them. A new facet is an entry (see facet.ts) and a line
// here; the URL, the counts, the panel, the chart and the lanes follow.
const TABLE = [COUNTRY_FACET, ACTOR_FACET, CATEGORY_FACET, STATUS_FACET] as const

export type FacetKey = (typeof TABLE)[number]['key']
/** What the timeline can be divided into lanes by (`?group=` in a link). */
export type LaneKey = (typeof TABLE)[number]['lanes'][number]['key']

export const FACETS: readonly Facet<FacetKey, LaneKey>[] = TABLE

/** The values chosen in each facet (none: the facet lets every event through). */
export type ChosenValues = Readonly<Record<FacetKey, readonly string[]>>

/** Something for each facet, made by `make`. */
export function byFacet<T>(make: (facet: Facet<FacetKey, LaneKey>) => T): Record<FacetKey, T> {
  // Every key is set: FACETS holds an entry for each FacetKey.
  return Object.fromEntries(FACETS.map((facet) => [facet.key, make(facet)])) as Record<FacetKey, T>
}

/** No value chosen in any facet. */
export const NOTHING_CHOSEN: ChosenValues = byFacet(() => [])

/** A way to divide the timeline, with its facet's own reading and names where it has none of its own. */
export type LaneDivisionSpec = LaneSpec<LaneKey> & Required<Pick<LaneSpec, 'valuesOf' | 'labelOf'>>

/**
 * Every way to divide the timeline into lanes, in the picker's order. A lane's words (its choice, its
 * "No country" and "Other countries") are getters, read in the page's language when shown: they are
 * passed on as getters, where a spread would read them once, at load, in English.
 */
export const LANES: readonly LaneDivisionSpec[] = FACETS.flatMap((facet) =>
  facet.lanes.map(
    (lane): LaneDivisionSpec => ({
      key: lane.key,
      get choice() {
        return lane.choice
      },
      get none() {
        return lane.none
      },
      get other() {
        return lane.other
      },
      valuesOf: lane.valuesOf ?? ((event) => facet.valuesOf(event)),
      labelOf: lane.labelOf ?? ((value, story) => facet.nameOf(value, story)),
      ...(lane.fixedOrder ? { fixedOrder: lane.fixedOrder } : {}),
      ...(lane.unavailable ? { unavailable: lane.unavailable } : {}),
    }),
  ),
)

export const LANE_KEYS: readonly LaneKey[] = LANES.map((lane) => lane.key)

export const isLaneKey = (value: string): value is LaneKey => (LANE_KEYS as readonly string[]).includes(value)

export function laneSpec(key: LaneKey): LaneDivisionSpec {
  const spec = LANES.find((lane) => lane.key === key)
  // Every LaneKey is some facet's lane: unreachable.
  if (!spec) throw new Error(`No lanes by “${key}”`)
  return spec
}

/** The ways this story can be divided into lanes (a story without categories has no lanes by them). */
export function offeredLanes(story: FacetVocabulary): readonly LaneDivisionSpec[] {
  return LANES.filter((lane) => !lane.unavailable?.(story))
}

/**
 * The values a person can choose: those of the groups the panel lists, where it lists them by group,
 * and those of no group (an engine's actors, whose kinds it does not hold).
 */
export function offeredValues(facet: Facet, story: FacetVocabulary): readonly NamedValue[] {
  const groups = facet.panel?.groups
  const values = facet.values(story)
  if (!groups) return values
  return values.filter(
    (value) => value.group === undefined || groups.some(({ group }) => group === value.group),
  )
}
