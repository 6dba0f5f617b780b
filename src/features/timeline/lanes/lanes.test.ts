import fc from 'fast-check'
import { expect, test } from 'vitest'
import { indexStory } from '../../../dataset/story-index'
import { buildStory } from '../../../testing/build-story'
import { buildActor, buildDataset, buildEvent } from '../../../testing/builders'
import { divideByCounts, divideIntoLanes, MOST_LANES } from './lanes'

const story = buildStory()
const event = (id: string) => {
  const found = story.eventsById.get(id)
  if (!found) throw new Error(id)
  return found
}

test('by country: an event is in the lane of each of its countries; one with none goes last', () => {
  const { lanes, laneIdsOf } = divideIntoLanes('country', story.events, story)
  expect(lanes.map(({ label, count }) => [label, count])).toEqual([
    ['North Korea', 3],
    ['Russia', 2],
    ['No country', 1],
  ])
  expect(lanes.map((lane) => lane.order)).toEqual([0, 1, 2])
  const idOf = (label: string) => lanes.find((lane) => lane.label === label)?.id
  expect(laneIdsOf(event('letter'))).toEqual([idOf('North Korea'), idOf('Russia')])
  expect(laneIdsOf(event('meeting'))).toEqual([idOf('No country')])
})

test('by kind of actor and by status, lanes keep their own order, not their counts', () => {
  const kinds = divideIntoLanes('actor-kind', story.events, story)
  expect(kinds.lanes.map(({ label, count }) => [label, count])).toEqual([
    ['People', 2],
    ['Organizations', 1],
    ['Countries', 3],
  ])
  const statuses = divideIntoLanes('status', story.events, story)
  expect(statuses.lanes.map(({ label, count }) => [label, count])).toEqual([
    ['Occurred', 3],
    ['Scheduled', 1],
  ])
})

test('by actor, lanes are named by the actor; an id a lane is made from never names an Object member', () => {
  const odd = indexStory(
    buildDataset({
      quotes: [],
      actors: [
        buildActor({ id: 'constructor', name: 'Constructor' }),
        buildActor({ id: 'lane-none', name: 'Proto' }),
      ],
      events: [buildEvent({ id: 'a', actors: ['constructor', 'lane-none'] })],
    }),
  )
  const { lanes } = divideIntoLanes('actor', odd.events, odd)
  expect(lanes.map((lane) => lane.label)).toEqual(['Constructor', 'Proto'])
  for (const lane of lanes) {
    expect(lane.id in Object.prototype).toBe(false)
    expect(['__ungrouped__', '__background__']).not.toContain(lane.id)
  }
})

test(`past ${MOST_LANES} lanes, the smallest share one "Other" lane, and every event is still in some lane`, () => {
  const actors = Array.from({ length: 40 }, (_, index) =>
    buildActor({ id: `actor-${index}`, name: `Actor ${index}` }),
  )
  const many = indexStory(
    buildDataset({
      quotes: [],
      actors,
      // Actor n is in n + 1 events: the lanes' counts all differ.
      events: actors.flatMap((actor, index) =>
        Array.from({ length: index + 1 }, (_, n) =>
          buildEvent({ id: `${actor.id}-${n}`, actors: [actor.id] }),
        ),
      ),
    }),
  )
  const { lanes, laneIdsOf } = divideIntoLanes('actor', many.events, many)
  expect(lanes).toHaveLength(MOST_LANES)
  expect(lanes[0]?.label).toBe('Actor 39')
  expect(lanes.at(-1)).toMatchObject({
    label: 'Other actors',
    count: many.events.filter((e) => Number(e.actors[0]?.slice(6)) < 17).length,
  })
  const ids = new Set(lanes.map((lane) => lane.id))
  for (const each of many.events) {
    const drawnIn = laneIdsOf(each)
    expect(drawnIn.length).toBeGreaterThan(0)
    for (const id of drawnIn) expect(ids.has(id)).toBe(true)
  }
})

test('a lane counts exactly the events that name it (any events, any lane key)', () => {
  fc.assert(
    fc.property(
      fc.subarray(story.events),
      fc.constantFrom('country', 'actor', 'actor-kind', 'status' as const),
      (events, key) => {
        const { lanes, laneIdsOf } = divideIntoLanes(key, events, story)
        for (const lane of lanes) {
          expect(events.filter((each) => laneIdsOf(each).includes(lane.id)).length).toBe(lane.count)
        }
      },
    ),
  )
})

test('lanes from counts per value (a large story’s answer) are those of its events; a value’s lanes found as an event’s', () => {
  const perCountry = new Map<string | null, number>([
    ['KP', 3],
    ['RU', 2],
    [null, 1],
  ])
  const fromCounts = divideByCounts('country', perCountry, story)
  const fromEvents = divideIntoLanes('country', story.events, story)
  expect(fromCounts.lanes).toEqual(fromEvents.lanes)
  expect(fromCounts.laneIdsOfValue('RU')).toEqual(fromEvents.laneIdsOf(event('parade')).slice(1))
  expect(fromCounts.laneIdsOfValue(null)).toEqual(fromEvents.laneIdsOf(event('meeting')))
  // By kind, an actor's count goes to its kind's lane: two people in one event count twice there.
  const perActor = new Map<string | null, number>(
    story.dataset.actors.map((actor) => [
      actor.id,
      story.events.filter((each) => each.actors.includes(actor.id)).length,
    ]),
  )
  const kinds = divideByCounts('actor-kind', perActor, story)
  expect(kinds.lanes.map((lane) => lane.label)).toEqual(
    divideIntoLanes('actor-kind', story.events, story)
      .lanes.map((lane) => lane.label)
      .filter((label) => label !== 'No actor'),
  )
  const kim = story.dataset.actors.find((actor) => actor.kind === 'person')
  expect(kinds.laneIdsOfValue(kim?.id ?? '')).toEqual([kinds.lanes[0]?.id])
})
