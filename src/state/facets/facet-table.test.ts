import { expect, test } from 'vitest'
import { buildStory } from '../../testing/build-story'
import { FACETS, LANE_KEYS, laneSpec, NOTHING_CHOSEN, offeredLanes, offeredValues } from './facet-table'

const story = buildStory()

test('the facets in the order links write them, each with its own parameter', () => {
  expect(FACETS.map((facet) => facet.param)).toEqual(['country', 'actor', 'category', 'status'])
  expect(Object.keys(NOTHING_CHOSEN)).toEqual(['country', 'actor', 'category', 'status'])
})

test('the lanes in the picker’s order: each facet’s, and the kinds of actor after the actors', () => {
  expect(LANE_KEYS).toEqual(['country', 'actor', 'actor-kind', 'category', 'status'])
  expect(offeredLanes(story).map((lane) => lane.key)).not.toContain('category')
  const kinds = laneSpec('actor-kind')
  expect(kinds.labelOf('organization', story)).toBe('Organizations')
  expect(laneSpec('country').labelOf('KP', story)).toBe('North Korea')
})

test('a value from a link is normalised by its facet: country codes upper-cased, statuses lower-cased', () => {
  const normalize = Object.fromEntries(FACETS.map((facet) => [facet.key, facet.normalize]))
  expect(normalize.country?.('kp')).toBe('KP')
  expect(normalize.status?.('Alleged')).toBe('alleged')
  expect(normalize.actor?.('Kim')).toBe('Kim')
})

test('the actors offered are those the panel lists by kind: countries acting as such are under Countries', () => {
  const actors = FACETS.find((facet) => facet.key === 'actor')
  if (!actors) throw new Error('no actor facet')
  const offered = offeredValues(actors, story).map((value) => value.id)
  const countries = story.dataset.actors.filter((actor) => actor.kind === 'country').map((actor) => actor.id)
  expect(countries.length).toBeGreaterThan(0)
  for (const id of countries) expect(offered).not.toContain(id)
  expect(offered).toHaveLength(story.dataset.actors.length - countries.length)
})
