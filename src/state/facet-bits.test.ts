import fc from 'fast-check'
import { expect, test } from 'vitest'
import { indexStory } from '../dataset/story-index'
import { generateDataset } from '../testing/synthetic-dataset'
import { countIn, positions, union } from './facet-bits'
import { type FacetKey, NOTHING_CHOSEN } from './facets/facet-table'
import { filterStory, matchesFilters, matchingEvents } from './matching-events'

// 2,001 events: the last word of each set is partly used, as in most real stories.
const story = indexStory(generateDataset(2001, 7))
const codes = story.countryCodes
const actorIds = story.dataset.actors.map((actor) => actor.id)
const words = [...new Set(story.events.flatMap((event) => event.title.toLowerCase().split(/\W+/)))].filter(
  (word) => word.length > 3,
)

const filtersArbitrary = fc.record({
  chosen: fc
    .record({
      country: fc.subarray(codes, { maxLength: 3 }),
      actor: fc.subarray(actorIds, { maxLength: 3 }),
      status: fc.subarray(['occurred', 'scheduled', 'alleged'], { maxLength: 2 }),
    })
    .map((chosen) => ({ ...NOTHING_CHOSEN, ...chosen })),
  search: fc.oneof(fc.constant(''), fc.constantFrom(...words), fc.constant('no-such-word-anywhere')),
})

// Matching through facet bits.
test('finds exactly the events the plain test of each event finds, in time order', () => {
  fc.assert(
    fc.property(filtersArbitrary, (filters) => {
      const expected = story.events.filter((event) => matchesFilters(story, event, filters))
      expect(matchingEvents(story, filters)).toEqual(expected)
      const together = filterStory(story, filters)
      expect(together.matching).toEqual(expected)
    }),
    { numRuns: 60 },
  )
})

test('counts each facet value as the plain test would, given the other facets', () => {
  fc.assert(
    fc.property(filtersArbitrary, (filters) => {
      const counts = filterStory(story, filters).counts
      const othersOnly = (facet: FacetKey) => ({ ...filters, chosen: { ...filters.chosen, [facet]: [] } })
      for (const code of codes) {
        const expected = story.events.filter(
          (event) => event.countries.includes(code) && matchesFilters(story, event, othersOnly('country')),
        ).length
        expect(counts.country.byValue.get(code) ?? 0).toBe(expected)
      }
      for (const id of actorIds.slice(0, 25)) {
        const expected = story.events.filter(
          (event) => event.actors.includes(id) && matchesFilters(story, event, othersOnly('actor')),
        ).length
        expect(counts.actor.byValue.get(id) ?? 0).toBe(expected)
      }
      for (const status of ['occurred', 'scheduled', 'alleged']) {
        const expected = story.events.filter(
          (event) => event.status === status && matchesFilters(story, event, othersOnly('status')),
        ).length
        expect(counts.status.byValue.get(status) ?? 0).toBe(expected)
      }
    }),
    { numRuns: 30 },
  )
})

test('reads positions and counts across word boundaries', () => {
  const set = union([Int32Array.from([0, 31, 65]), Int32Array.from([64, 65])], 3)
  expect([...set]).toEqual([0x80000001, 0, 0x3])
  expect(positions(set)).toEqual([0, 31, 64, 65])
  expect(countIn(Int32Array.from([0, 31, 64, 65]), Uint32Array.from([0xffffffff, 0, 0x2]))).toBe(3)
})
