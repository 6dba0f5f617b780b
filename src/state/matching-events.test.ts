import { expect, test } from 'vitest'
import { buildStory } from '../testing/build-story'
import { filterStory, matchingEvents } from './matching-events'

const story = buildStory()
const ids = (filters: { countries?: string[]; actors?: string[]; search?: string }) =>
  matchingEvents(story, {
    countries: [],
    actors: [],
    categories: [],
    statuses: [],
    search: '',
    ...filters,
  }).map((event) => event.id)

test('no filter matches every event, in time order', () => {
  expect(ids({})).toEqual(['colonial-rule', 'parade', 'letter', 'meeting'])
})

test('values within a facet combine with OR', () => {
  expect(ids({ countries: ['KP'] })).toEqual(['colonial-rule', 'parade', 'letter'])
  expect(ids({ actors: ['un', 'north-korea'] })).toEqual(['colonial-rule', 'meeting'])
})

test('facets combine with AND', () => {
  expect(ids({ countries: ['RU'], actors: ['kim'], search: 'letter' })).toEqual(['letter'])
  expect(ids({ countries: ['RU'], actors: ['un'] })).toEqual([])
})

test('search covers titles, summaries and quotes, ignores case, accents and quote marks', () => {
  expect(ids({ search: 'MISSILES' })).toEqual(['parade'])
  expect(ids({ search: 'strategic relationship' })).toEqual(['letter'])
  expect(ids({ search: "kim's" })).toEqual(['letter'])
  expect(ids({ search: 'Kím’s LETTER' })).toEqual(['letter'])
  expect(ids({ search: 'strategic parade' })).toEqual([])
})

test('a facet’s counts reflect the other facets, not its own', () => {
  const counts = filterStory(story, {
    countries: ['RU'],
    actors: [],
    categories: [],
    statuses: [],
    search: '',
  }).counts
  // Choosing RU does not shrink the country counts...
  expect(Object.fromEntries(counts.countries)).toEqual({ KP: 3, RU: 2 })
  // ...but the actor counts are among RU's events only.
  expect(Object.fromEntries(counts.actors)).toEqual({ kim: 2, russia: 2 })
})

test('with no filter, each country and actor counts all its events', () => {
  const counts = filterStory(story, {
    countries: [],
    actors: [],
    categories: [],
    statuses: [],
    search: '',
  }).counts
  expect(Object.fromEntries(counts.countries)).toEqual({ KP: 3, RU: 2 })
  expect(Object.fromEntries(counts.actors)).toEqual({ 'north-korea': 1, kim: 2, russia: 2, un: 1 })
})

test('where some of a group are chosen, each other value says how many events it would add', () => {
  const none = { countries: [], actors: [], categories: [], statuses: [], search: '' }
  expect(filterStory(story, none).counts.added.countries.size).toBe(0)
  const chosen = ['JP']
  const { counts } = filterStory(story, { ...none, countries: chosen })
  for (const code of story.countryCodes) {
    if (chosen.includes(code)) continue
    const adds = story.events.filter(
      (event) => event.countries.includes(code) && !event.countries.some((other) => chosen.includes(other)),
    ).length
    expect(counts.added.countries.get(code) ?? 0, code).toBe(adds)
    // Choosing it adds exactly that many.
    const before = ids({ countries: chosen }).length
    expect(ids({ countries: [...chosen, code] }).length - before).toBe(adds)
  }
})
