import { describe, expect, test } from 'vitest'
import { periodStart } from '../../dataset/query/periods'
import { type EventFilter, NO_FILTER, type TimeSpan } from '../../dataset/query/query-description'
import type { IndexedEvent, Story } from '../../dataset/story-index'
import { buildStory } from '../../testing/build-story'
import { builtinStory, syntheticQueryStory } from '../../testing/query-stories'
import { FACETS } from '../facets/facet-table'
import { searchTerms } from '../search'
import { memoryAnswerer } from './memory-answerer'

// Each answer checked against a plain walk over the story's events: what the question means, written
// as simply as it can be, apart from the bit sets that answer it.

const DAY = 86_400_000
type FilterGiven = Partial<Omit<EventFilter, 'chosen'>> & { chosen?: Partial<EventFilter['chosen']> }
const filterOf = (given: FilterGiven): EventFilter => ({
  ...NO_FILTER,
  ...given,
  chosen: { ...NO_FILTER.chosen, ...given.chosen },
})

function walk(story: Story, filter: EventFilter, leaveOut?: string): IndexedEvent[] {
  const terms = searchTerms(filter.search)
  return story.events.filter((event) => {
    for (const facet of FACETS) {
      const chosen = filter.chosen[facet.key]
      if (facet.key === leaveOut || chosen.length === 0) continue
      if (!facet.valuesOf(event).some((value) => chosen.includes(value))) return false
    }
    if (terms.length) {
      const quotes = (story.quotesByEvent.get(event.id) ?? []).map((quote) => quote.text)
      const text = [event.title, event.summary ?? '', ...quotes].join('\n').toLowerCase()
      if (!terms.every((term) => text.normalize('NFD').replace(/\p{M}/gu, '').includes(term))) return false
    }
    const { area, window } = filter
    if (area) {
      const { latitude, longitude } = event.place ?? {}
      if (latitude === undefined || longitude === undefined) return false
      if (latitude < area.south || latitude > area.north || longitude < area.west || longitude > area.east)
        return false
    }
    return !window || (event.span.start < window.end && event.span.end > window.start)
  })
}

describe('on a small story', () => {
  const story = buildStory()
  const engine = memoryAnswerer(story)

  test('a window takes an event dated only to a month when its month overlaps', async () => {
    const window: TimeSpan = { start: Date.UTC(2023, 6, 20), end: Date.UTC(2023, 6, 25) }
    const { rows, total } = await engine.answer({
      kind: 'events',
      filter: filterOf({ window }),
      fields: ['title', 'precision'],
      limit: 10,
      offset: 0,
    })
    expect(total).toBe(1)
    expect(rows).toEqual([
      {
        id: 'parade',
        start: Date.UTC(2023, 6, 1),
        end: Date.UTC(2023, 7, 1) - 1,
        title: 'Military parade',
        precision: 'month',
      },
    ])
  })

  test('facet counts cross-filter: a facet counts within every other facet’s choice, not its own', async () => {
    const { rows } = await engine.answer({
      kind: 'facet-counts',
      filter: filterOf({ chosen: { country: ['RU'] } }),
      facets: ['country', 'actor'],
      adding: ['country'],
      limit: 100,
    })
    expect(rows).toEqual([
      { facet: 'country', value: 'KP', name: null, count: 3, added: 1 },
      { facet: 'country', value: 'RU', name: null, count: 2, added: 0 },
      // Actors carry their names (countries are named by the page in the reader's language).
      { facet: 'actor', value: 'kim', name: 'Kim Jong Un', count: 2, added: null },
      { facet: 'actor', value: 'russia', name: 'Russia', count: 2, added: null },
    ])
  })

  test('counts per period in lanes: an event in each of its values’ lanes, one with none in the lane of none', async () => {
    const { rows } = await engine.answer({
      kind: 'period-counts',
      filter: { ...filterOf({}), window: { start: story.extent.start, end: story.extent.end } },
      bucketing: { period: 'year', every: 1 },
      lanes: 'country',
    })
    expect(rows).toEqual([
      { start: Date.UTC(1910, 0, 1), count: 1, lane: 'KP' },
      { start: Date.UTC(2023, 0, 1), count: 1, lane: null },
      { start: Date.UTC(2023, 0, 1), count: 2, lane: 'KP' },
      { start: Date.UTC(2023, 0, 1), count: 2, lane: 'RU' },
    ])
  })

  test('the quotes of the matching events, or of one event whatever the filter', async () => {
    const matching = await engine.answer({
      kind: 'quotes',
      filter: filterOf({ search: 'letter' }),
      event: null,
      limit: 5,
    })
    expect(matching).toEqual({
      rows: [
        {
          id: 'q',
          event: 'letter',
          text: 'long-standing strategic relationship',
          speaker: 'kim',
          speakerName: 'Kim Jong Un',
        },
      ],
      total: 1,
    })
    const ofOne = await engine.answer({
      kind: 'quotes',
      filter: filterOf({ search: 'nothing' }),
      event: 'letter',
      limit: 5,
    })
    expect(ofOne.total).toBe(1)
  })

  test('one event’s details, and none for an id the story lacks', async () => {
    const { rows } = await engine.answer({ kind: 'event-details', id: 'parade' })
    expect(rows).toEqual([
      expect.objectContaining({
        id: 'parade',
        summary: 'Missiles shown.',
        countries: ['KP', 'RU'],
        placeName: null,
      }),
    ])
    expect((await engine.answer({ kind: 'event-details', id: 'nowhere' })).rows).toEqual([])
  })

  test('a search within the filter: its words all appear, folded', async () => {
    const { rows, total } = await engine.answer({
      kind: 'search',
      filter: filterOf({ chosen: { actor: ['kim'] } }),
      text: 'KIM’S',
      limit: 5,
    })
    expect(total).toBe(1)
    expect(rows).toEqual([expect.objectContaining({ id: 'letter', title: 'Kim’s letter', precision: 'day' })])
  })
})

describe.each([
  ['the built-in story', builtinStory()],
  ['a synthetic story of 3,000 events', syntheticQueryStory(3000)],
])('on %s', (_name, story) => {
  const engine = memoryAnswerer(story)
  const [first, second] = story.countryCodes
  const window: TimeSpan = {
    start: story.extent.start + (story.extent.end - story.extent.start) * 0.6,
    end: story.extent.end,
  }
  const filters: EventFilter[] = [
    NO_FILTER,
    filterOf({ chosen: { country: [first ?? 'KP', second ?? 'RU'] }, window }),
    filterOf({ chosen: { status: ['occurred'] }, search: 'seoul' }),
    filterOf({ area: { south: -30, west: -100, north: 45, east: 120 } }),
  ]

  test.each(filters.map((filter, index) => [index, filter] as const))(
    'facet counts, filter %i',
    async (_index, filter) => {
      const { rows } = await engine.answer({
        kind: 'facet-counts',
        filter,
        facets: ['country', 'actor', 'category', 'status'],
        adding: [],
        limit: 5000,
      })
      for (const facet of FACETS) {
        const expected = new Map<string, number>()
        for (const event of walk(story, filter, facet.key))
          for (const value of facet.valuesOf(event)) expected.set(value, (expected.get(value) ?? 0) + 1)
        const answered = rows.filter((row) => row.facet === facet.key)
        expect(new Map(answered.map((row) => [row.value, row.count]))).toEqual(expected)
        // The busiest first.
        expect(answered.map((row) => row.count)).toEqual(
          [...answered.map((row) => row.count)].sort((a, b) => b - a),
        )
      }
    },
  )

  test.each(filters.map((filter, index) => [index, filter] as const))(
    'events and counts per period, filter %i',
    async (_index, filter) => {
      const expected = walk(story, filter)
      const events = await engine.answer({
        kind: 'events',
        filter,
        fields: ['status'],
        limit: 50,
        offset: 10,
      })
      expect(events.total).toBe(expected.length)
      expect(events.rows.map((row) => row.id)).toEqual(expected.slice(10, 60).map((event) => event.id))
      expect(events.rows.every((row) => Object.keys(row).join() === 'id,start,end,status')).toBe(true)

      const span = filter.window ?? { start: story.extent.start, end: story.extent.end + 1 }
      const months = await engine.answer({
        kind: 'period-counts',
        filter: { ...filter, window: span },
        bucketing: { period: 'month', every: 3 },
      })
      const inSpan = walk(story, { ...filter, window: span })
      expect(months.rows.reduce((sum, row) => sum + row.count, 0)).toBe(inSpan.length)
      for (const row of months.rows)
        expect(periodStart(row.start, { period: 'month', every: 3 })).toBe(row.start)
    },
  )

  test('the map: countries, points, grid cells past the cap', async () => {
    const filter = filters[1] ?? NO_FILTER
    const expected = walk(story, filter)
    const countries = await engine.answer({ kind: 'map-countries', filter })
    expect(countries.rows.reduce((sum, row) => sum + row.count, 0)).toBe(
      expected.reduce((sum, event) => sum + event.countries.length, 0),
    )
    const placed = expected.filter((event) => event.place?.latitude !== undefined)
    expect(countries.placed).toBe(placed.length)
    const points = await engine.answer({ kind: 'map-points', filter, limit: 100_000, cellDegrees: 10 })
    expect(points.rows.length).toBe(placed.length)
    const cells = await engine.answer({ kind: 'map-points', filter, limit: 3, cellDegrees: 10 })
    if (placed.length > 3) {
      expect(cells.binned).toBe(true)
      expect(cells.rows.length).toBeLessThanOrEqual(3)
    }
  })
})

test('weeks start on Monday, in UTC, before 1970 too', () => {
  const week = { period: 'week', every: 1 } as const
  // Sunday 6 August 2023, 23:00 UTC: the week of Monday 31 July.
  expect(periodStart(Date.UTC(2023, 7, 6, 23), week)).toBe(Date.UTC(2023, 6, 31))
  expect(periodStart(Date.UTC(2023, 7, 7), week)).toBe(Date.UTC(2023, 7, 7))
  // Wednesday 1 January 1930: Monday 30 December 1929.
  expect(periodStart(Date.UTC(1930, 0, 1, 12), week)).toBe(Date.UTC(1929, 11, 30))
  expect(periodStart(Date.UTC(1930, 0, 1, 12), { period: 'day', every: 1 })).toBe(Date.UTC(1930, 0, 1))
  expect(periodStart(Date.UTC(1997, 4, 3), { period: 'year', every: 5 })).toBe(Date.UTC(1995, 0, 1))
  expect(periodStart(Date.UTC(2023, 10, 3, 7), { period: 'hour', every: 6 })).toBe(Date.UTC(2023, 10, 3, 6))
  expect(DAY).toBe(86_400_000)
})
