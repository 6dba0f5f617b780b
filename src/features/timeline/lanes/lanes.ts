import type { IndexedEvent, Story } from '../../../dataset/story-index'
import { compareNames } from '../../../lib/compare-names'
import { type LaneKey, laneSpec } from '../../../state/facets/facet-table'

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
  laneIdsOf: (event: IndexedEvent) => readonly string[]
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
export function divideIntoLanes(key: LaneKey, events: readonly IndexedEvent[], story: Story): LaneDivision {
  // What an event's lanes are, their labels and order, and the catch-alls' names: the facet table's.
  const spec = laneSpec(key)
  const counts = new Map<string, number>()
  let none = 0
  for (const event of events) {
    const values = spec.valuesOf(event, story)
    if (values.length === 0) none++
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  }
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
  let other = 0
  if (own.length < labelled.length) {
    for (const event of events) {
      if (spec.valuesOf(event, story).some((value) => !ownValues.has(value))) other++
    }
    lanes.push({ id: OTHER_LANE, label: spec.other, count: other, order: lanes.length })
  }
  if (none > 0) lanes.push({ id: NO_LANE, label: spec.none, count: none, order: lanes.length })

  const laneIdsOf = (event: IndexedEvent): readonly string[] => {
    const values = spec.valuesOf(event, story)
    if (values.length === 0) return [NO_LANE]
    const ids: string[] = []
    let inOther = false
    for (const value of values) {
      if (ownValues.has(value)) ids.push(laneId(value))
      else inOther = true
    }
    if (inOther) ids.push(OTHER_LANE)
    return ids
  }
  return { key, lanes, laneIdsOf }
}
