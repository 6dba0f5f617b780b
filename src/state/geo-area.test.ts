import { expect, test } from 'vitest'
import { indexStory } from '../dataset/story-index'
import { buildDataset, buildEvent } from '../testing/builders'
import { describeFilters } from './describe-filters'
import { NOTHING_CHOSEN } from './facets/facet-table'
import { describeArea, isInArea } from './geo-area'
import { filterStory } from './matching-events'

const story = indexStory(
  buildDataset({
    actors: [],
    events: [
      buildEvent({
        id: 'pyongyang',
        title: 'In Pyongyang',
        date: '2023-07-01',
        actors: [],
        countries: ['KP'],
        place: { name: 'Pyongyang', latitude: 39.03, longitude: 125.75 },
      }),
      buildEvent({
        id: 'vladivostok',
        title: 'In Vladivostok',
        date: '2023-07-02',
        actors: [],
        countries: ['RU'],
        place: { latitude: 43.12, longitude: 131.89 },
      }),
      buildEvent({
        id: 'moscow',
        title: 'In Moscow',
        date: '2023-07-03',
        actors: [],
        countries: ['RU'],
        place: { latitude: 55.76, longitude: 37.62 },
      }),
      buildEvent({
        id: 'nowhere',
        title: 'Somewhere in Korea',
        date: '2023-07-04',
        actors: [],
        countries: ['KP'],
      }),
    ],
    quotes: [],
  }),
)
const none = { chosen: NOTHING_CHOSEN, search: '' }
const eastAsia = { south: 30, west: 120, north: 45, east: 135 }

test('an area keeps the events placed in it; events without coordinates are not in any', () => {
  const { matching, counts } = filterStory(story, { ...none, area: eastAsia })
  expect(matching.map((event) => event.id)).toEqual(['pyongyang', 'vladivostok'])
  // Every facet counts within the area, as with a search.
  expect(counts.country.byValue.get('RU')).toBe(1)
  expect(counts.country.byValue.get('KP')).toBe(1)
  // With a country as well: both must hold.
  expect(
    filterStory(story, {
      chosen: { ...NOTHING_CHOSEN, country: ['RU'] },
      search: '',
      area: eastAsia,
    }).matching.map((event) => event.id),
  ).toEqual(['vladivostok'])
})

test('edges are in the area; it is said in words where the filters are named', () => {
  expect(isInArea(30, 120, eastAsia)).toBe(true)
  expect(isInArea(29.999, 120, eastAsia)).toBe(false)
  expect(describeArea({ south: -10.5, west: -20, north: 15, east: 30 })).toBe(
    'the area from 10.5°S 20°W to 15°N 30°E',
  )
  expect(describeFilters({ ...none, area: eastAsia }, story)).toBe(
    'the area from 30°N 120°E to 45°N 135°E on the map',
  )
})
