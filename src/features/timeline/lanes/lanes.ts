import type { QueryFacet } from '../../../dataset/query/query-facets'
import { compareNames } from '../../../lib/compare-names'
import type { FacetEvent, FacetVocabulary } from '../../../state/facets/facet'
import { FACETS, type LaneKey, laneSpec } from '../../../state/facets/facet-table'
import type { TimelineEvent } from '../items/timeline-event'

/** One lane of the timeline: a value of a facet (a country, an actor, a kind of actor, a status), and its events. */
export type Lane = {
  /** vis-timeline's group id: never a member of Object.prototype, never its reserved ids. */
  id: string
  label: string
  /** How many of the events drawn fall in the lane (an event may be in several). */
  count: number
  /** Top to bottom. */
  order: number
}

/** The lanes for a set of events, and which lanes an event is drawn in. */
export type LaneDivision = {
  key: LaneKey
  lanes: Lane[]
  laneIdsOf: (event: FacetEvent) => readonly string[]
  /**
   * The lanes of a value of the facet the lanes are asked by (laneFacetOf), as an answer counted per
   * period in lanes names it (null: no value): an actor's kind lane for an actor.
   */
  laneIdsOfValue: (value: string | null) => readonly string[]
}

/** Past this many lanes, the smallest are drawn as one ("Other actors"): hundreds of lanes are not read. */
export const MOST_LANES = 24

// A lane id is "lane:" and the value (an id or a code); the two catch-alls have no colon.
const laneId = (value: string) => `lane:${value}`
const NO_LANE = 'lane-none'
const OTHER_LANE = 'lane-other'

/**
 * Divides the events into lanes by one of their facets. An event with several countries (or actors)
 * is drawn in each of their lanes: a lane shows everything its country took part in. Lanes run from
 * the fullest down (statuses and kinds in their own order); an event with no value goes in a last
 * lane ("No country"); past MOST_LANES the smallest share one lane ("Other actors").
 */
export function divideIntoLanes(
  key: LaneKey,
  events: readonly TimelineEvent[],
  story: FacetVocabulary,
): LaneDivision {
  // What an event's lanes are, their labels and order, and the catch-alls' names: the facet table's.
  const spec = laneSpec(key)
  const counts = new Map<string, number>()
  let none = 0
  for (const event of events) {
    const values = spec.valuesOf(event, story)
    if (values.length === 0) none++
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  // The events with some value past the lanes drawn: each once, however many such values it has.
  const inOther = (drawn: ReadonlySet<string>) =>
    events.filter((event) => spec.valuesOf(event, story).some((value) => !drawn.has(value))).length
  return division(key, counts, none, inOther, story)
}

/** The facet whose values a division's lanes are read from (an actor's kind: the actor facet). */
export function laneFacetOf(key: LaneKey): QueryFacet {
  const facet = FACETS.find((candidate) => candidate.lanes.some((lane) => lane.key === key))
  // Every LaneKey is some facet's lane (facet-table.ts): unreachable.
  if (!facet) throw new Error(`No facet has lanes by “${key}”`)
  return facet.key
}

/**
 * Divides into lanes by the events counted per value of the lane's facet (an answer's rows, summed
 * over its periods): the same lanes as divideIntoLanes for the facets' own lanes. Counted per value,
 * an event of two values in one lane counts twice there (two actors of one kind; two countries in
 * "Other countries"), where divideIntoLanes counts it once.
 */
export function divideByCounts(
  key: LaneKey,
  perValue: ReadonlyMap<string | null, number>,
  story: FacetVocabulary,
): LaneDivision {
  const spec = laneSpec(key)
  const facet = laneFacetOf(key)
  const counts = new Map<string, number>()
  let none = perValue.get(null) ?? 0
  for (const [value, count] of perValue) {
    if (value === null) continue
    const lanes = spec.valuesOf(eventOfValue(facet, value), story)
    if (lanes.length === 0) none += count
    for (const lane of lanes) counts.set(lane, (counts.get(lane) ?? 0) + count)
  }
  const inOther = (drawn: ReadonlySet<string>) => {
    let other = 0
    for (const [lane, count] of counts) if (!drawn.has(lane)) other += count
    return other
  }
  return division(key, counts, none, inOther, story)
}

/** An event with one value of a facet and nothing else: how a facet's value is read as lanes. */
function eventOfValue(facet: QueryFacet, value: string): FacetEvent {
  const event: FacetEvent = { countries: [], actors: [], categories: [], status: '' }
  switch (facet) {
    case 'country':
      return { ...event, countries: [value] }
    case 'actor':
      return { ...event, actors: [value] }
    case 'category':
      return { ...event, categories: [value] }
    case 'status':
      return { ...event, status: value }
  }
}

function division(
  key: LaneKey,
  counts: ReadonlyMap<string, number>,
  none: number,
  inOther: (drawn: ReadonlySet<string>) => number,
  story: FacetVocabulary,
): LaneDivision {
  const spec = laneSpec(key)
  const labelled = [...counts].map(([value, count]) => ({ value, count, label: spec.labelOf(value, story) }))
  const { fixedOrder } = spec
  if (fixedOrder) {
    const rank = (value: string) =>
      fixedOrder.includes(value) ? fixedOrder.indexOf(value) : fixedOrder.length
    labelled.sort((a, b) => rank(a.value) - rank(b.value) || compareNames(a.label, b.label))
  } else {
    labelled.sort((a, b) => b.count - a.count || compareNames(a.label, b.label))
  }
  const own = labelled.length > MOST_LANES ? labelled.slice(0, MOST_LANES - 1) : labelled
  const ownValues = new Set(own.map(({ value }) => value))
  const lanes: Lane[] = own.map(({ value, count, label }, order) => ({
    id: laneId(value),
    label,
    count,
    order,
  }))
  if (own.length < labelled.length)
    lanes.push({ id: OTHER_LANE, label: spec.other, count: inOther(ownValues), order: lanes.length })
  if (none > 0) lanes.push({ id: NO_LANE, label: spec.none, count: none, order: lanes.length })

  const idsOfLaneValues = (values: readonly string[]): readonly string[] => {
    if (values.length === 0) return [NO_LANE]
    const ids: string[] = []
    let other = false
    for (const value of values) {
      if (ownValues.has(value)) ids.push(laneId(value))
      else other = true
    }
    if (other) ids.push(OTHER_LANE)
    return ids
  }
  const facet = laneFacetOf(key)
  return {
    key,
    lanes,
    laneIdsOf: (event) => idsOfLaneValues(spec.valuesOf(event, story)),
    laneIdsOfValue: (value) =>
      idsOfLaneValues(value === null ? [] : spec.valuesOf(eventOfValue(facet, value), story)),
  }
}
