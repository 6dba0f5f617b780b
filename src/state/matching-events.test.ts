import { expect, test } from 'vitest'
import { buildStory } from '../testing/build-story'
import { type ChosenValues, NOTHING_CHOSEN } from './facets/facet-table'
import { filterStory, matchingEvents } from './matching-events'

const story = buildStory()
const ids = (chosen: Partial<ChosenValues>, search = '') =>
  matchingEvents(story, { chosen: { ...NOTHING_CHOSEN, ...chosen }, search }).map((event) => event.id)
const none = { chosen: NOTHING_CHOSEN, search: '' }

test('no filter matches every event, in time order', () => {
  expect(ids({})).toEqual(['colonial-rule', 'parade', 'letter', 'meeting'])
})

test('values within a facet combine with OR', () => {
  expect(ids({ country: ['KP'] })).toEqual(['colonial-rule', 'parade', 'letter'])
  expect(ids({ actor: ['un', 'north-korea'] })).toEqual(['colonial-rule', 'meeting'])
})

test('facets combine with AND', () => {
  expect(ids({ country: ['RU'], actor: ['kim'] }, 'letter')).toEqual(['letter'])
  expect(ids({ country: ['RU'], actor: ['un'] })).toEqual([])
})

test('search covers titles, summaries and quotes, ignores case, accents and quote marks', () => {
  expect(ids({}, 'MISSILES')).toEqual(['parade'])
  expect(ids({}, 'strategic relationship')).toEqual(['letter'])
  expect(ids({}, "kim's")).toEqual(['letter'])
  expect(ids({}, 'Kím’s LETTER')).toEqual(['letter'])
  expect(ids({}, 'strategic parade')).toEqual([])
})

test('a facet’s counts reflect the other facets, not its own', () => {
  const counts = filterStory(story, { ...none, chosen: { ...NOTHING_CHOSEN, country: ['RU'] } }).counts
  // Choosing RU does not shrink the country counts...
  expect(Object.fromEntries(counts.country.byValue)).toEqual({ KP: 3, RU: 2 })
  // ...but the actor counts are among RU's events only.
  expect(Object.fromEntries(counts.actor.byValue)).toEqual({ kim: 2, russia: 2 })
})

test('with no filter, each country and actor counts all its events', () => {
  const counts = filterStory(story, none).counts
  expect(Object.fromEntries(counts.country.byValue)).toEqual({ KP: 3, RU: 2 })
  expect(Object.fromEntries(counts.actor.byValue)).toEqual({ 'north-korea': 1, kim: 2, russia: 2, un: 1 })
})

test('where some of a group are chosen, each other value says how many events it would add', () => {
  expect(filterStory(story, none).counts.country.added.size).toBe(0)
  const chosen = ['JP']
  const { counts } = filterStory(story, { ...none, chosen: { ...NOTHING_CHOSEN, country: chosen } })
  for (const code of story.countryCodes) {
    if (chosen.includes(code)) continue
    const adds = story.events.filter(
      (event) => event.countries.includes(code) && !event.countries.some((other) => chosen.includes(other)),
    ).length
    expect(counts.country.added.get(code) ?? 0, code).toBe(adds)
    // Choosing it adds exactly that many.
    const before = ids({ country: chosen }).length
    expect(ids({ country: [...chosen, code] }).length - before).toBe(adds)
  }
})
