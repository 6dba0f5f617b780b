import { expect, test } from 'vitest'
import { generateDataset } from '../../scripts/synthetic/generate-dataset'
import { indexStory } from '../dataset/story-index'
import { buildStory } from '../testing/build-story'
import { facetCounts, filterStory, matchesFilters, matchingEvents } from './matching-events'

const story = buildStory()
const ids = (filters: { countries?: string[]; actors?: string[]; search?: string }) =>
  matchingEvents(story, { countries: [], actors: [], search: '', ...filters }).map((event) => event.id)

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
  const counts = facetCounts(story, { countries: ['RU'], actors: [], search: '' })
  // Choosing RU does not shrink the country counts...
  expect(Object.fromEntries(counts.countries)).toEqual({ KP: 3, RU: 2 })
  // ...but the actor counts are among RU's events only.
  expect(Object.fromEntries(counts.actors)).toEqual({ kim: 2, russia: 2 })
})

test('with no filter, each country and actor counts all its events', () => {
  const counts = facetCounts(story, { countries: [], actors: [], search: '' })
  expect(Object.fromEntries(counts.countries)).toEqual({ KP: 3, RU: 2 })
  expect(Object.fromEntries(counts.actors)).toEqual({ 'north-korea': 1, kim: 2, russia: 2, un: 1 })
})

test('on a generated story, what matches and every count agree with testing each event', () => {
  const large = indexStory(generateDataset(600, 7))
  const choices = [
    { countries: [], actors: [], search: '' },
    { countries: [large.countryCodes[0] ?? ''], actors: [], search: '' },
    { countries: large.countryCodes.slice(1, 3), actors: [], search: '' },
    { countries: [], actors: [large.dataset.actors[0]?.id ?? ''], search: '' },
    { countries: [large.countryCodes[0] ?? ''], actors: [large.dataset.actors[1]?.id ?? ''], search: '' },
    { countries: [], actors: [], search: 'the' },
    { countries: [large.countryCodes[2] ?? ''], actors: [], search: 'a' },
  ]
  for (const filters of choices) {
    const { matching, counts } = filterStory(large, filters)
    expect(matching).toEqual(large.events.filter((event) => matchesFilters(large, event, filters)))
    const expected = (facet: 'countries' | 'actors') => {
      const tally = new Map<string, number>()
      for (const event of large.events) {
        if (!matchesFilters(large, event, filters, facet)) continue
        for (const key of new Set(event[facet])) tally.set(key, (tally.get(key) ?? 0) + 1)
      }
      return Object.fromEntries([...tally].sort())
    }
    expect(Object.fromEntries([...counts.countries].sort())).toEqual(expected('countries'))
    expect(Object.fromEntries([...counts.actors].sort())).toEqual(expected('actors'))
  }
})
