// @vitest-environment node
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Answerer } from '../../src/dataset/query/answers'
import { type EventFilter, NO_FILTER, type QueryDescription } from '../../src/dataset/query/query-description'
import type { Story } from '../../src/dataset/story-index'
import { memoryAnswerer } from '../../src/state/query/memory-answerer'
import { builtinStory, syntheticQueryStory } from '../../src/testing/query-stories'
import { type DuckDb, loadStory, openDuckDb } from './duckdb-answerer'

// DuckDB answers every kind of question exactly as the in-memory index does, on the built-in story
// and a synthetic one of a few thousand events, under several filters. Where the two could differ
// and do not here, the note says why.

const YEAR = 365.25 * 86_400_000

function filtersFor(story: Story): Array<[string, EventFilter]> {
  const [first, second] = story.countryCodes
  const middle = (story.extent.start + story.extent.end) / 2
  // The three years before the last event begins (the extent runs on to the end of long intervals).
  const lastStart = story.events.at(-1)?.span.start ?? story.extent.end
  const recent = { start: lastStart - 3 * YEAR, end: lastStart + 1 }
  // An event of the recent years, so that its country, actor and status together let some through.
  const sample = story.events.findLast(
    (event) => event.span.start > recent.start && event.status === 'occurred',
  )
  const sampleCountry = sample?.countries[0] ?? 'KP'
  const busiestActor = sample?.actors[0] ?? ''
  return [
    ['nothing', NO_FILTER],
    [
      'two countries',
      { ...NO_FILTER, chosen: { ...NO_FILTER.chosen, country: [first ?? 'KP', second ?? 'RU'] } },
    ],
    [
      'a country and an actor, a status, a window',
      {
        ...NO_FILTER,
        chosen: {
          ...NO_FILTER.chosen,
          country: [sampleCountry],
          actor: [busiestActor],
          status: ['occurred', 'alleged'],
        },
        window: recent,
      },
    ],
    ['a search with accents and quote marks', { ...NO_FILTER, search: 'SÉOUL réunion' }],
    ['a search of quotes', { ...NO_FILTER, search: 'we will' }],
    [
      'an area and a category',
      {
        ...NO_FILTER,
        area: { south: -20.5, west: -90, north: 40, east: 100.25 },
        chosen: { ...NO_FILTER.chosen, category: ['battles', 'diplomacy'] },
      },
    ],
    ['a narrow window', { ...NO_FILTER, window: { start: middle, end: middle + 40 * 86_400_000 } }],
    ['nothing matches', { ...NO_FILTER, chosen: { ...NO_FILTER.chosen, actor: ['nobody-at-all'] } }],
  ]
}

function questionsFor(story: Story, filter: EventFilter): QueryDescription[] {
  const window = filter.window ?? { start: story.extent.start, end: story.extent.end + 1 }
  const someEvent = story.events[Math.floor(story.events.length / 2)]?.id ?? ''
  const quoted = story.dataset.quotes[0]?.event ?? someEvent
  return [
    {
      kind: 'facet-counts',
      filter,
      facets: ['country', 'actor', 'category', 'status'],
      adding: ['country', 'actor', 'category'],
      limit: 25,
    },
    ...(['year', 'month', 'week', 'day', 'hour'] as const).flatMap((period) => {
      // Hours and days over a short stretch; years in fives, months in quarters as the density chart draws them.
      const short = period === 'hour' || period === 'day' || period === 'week'
      const span = short
        ? { start: window.start, end: Math.min(window.end, window.start + 300 * 86_400_000) }
        : window
      return [
        {
          kind: 'period-counts' as const,
          filter: { ...filter, window: span },
          bucketing: {
            period,
            every: period === 'year' ? 5 : period === 'month' ? 3 : period === 'hour' ? 6 : 1,
          },
        },
      ]
    }),
    { kind: 'period-counts', filter: { ...filter, window }, bucketing: { period: 'month', every: 1 } },
    {
      kind: 'events',
      filter,
      fields: [
        'title',
        'date',
        'precision',
        'status',
        'countries',
        'actors',
        'categories',
        'latitude',
        'longitude',
      ],
      limit: 300,
      offset: 0,
    },
    { kind: 'events', filter, fields: ['title'], limit: 50, offset: 120 },
    { kind: 'map-countries', filter },
    { kind: 'map-points', filter, limit: 100_000, cellDegrees: 5 },
    { kind: 'map-points', filter, limit: 40, cellDegrees: 2.5 },
    { kind: 'search', filter, text: 'summit', limit: 30 },
    { kind: 'event-details', id: someEvent },
    { kind: 'quotes', filter, event: null, limit: 200 },
    { kind: 'quotes', filter, event: quoted, limit: 10 },
  ]
}

describe.each([
  ['the built-in story', builtinStory],
  ['a synthetic story of 4,000 events', () => syntheticQueryStory(4000)],
])('DuckDB and the in-memory index agree on %s', (_name, makeStory) => {
  const story = makeStory()
  const memory = memoryAnswerer(story)
  let duckdb: DuckDb
  let engine: Answerer
  beforeAll(async () => {
    duckdb = await openDuckDb()
    await loadStory(duckdb.connection, story)
    engine = duckdb.answerer
  })
  afterAll(() => duckdb.close())

  test.each(filtersFor(story))('filtered by %s', async (name, filter) => {
    // On the synthetic story every filter but the last lets some events through: the comparison is of
    // answers with rows, not of two empty lists.
    const { total } = await memory.answer({ kind: 'events', filter, fields: [], limit: 1, offset: 0 })
    if (story.events.length > 1000) expect(total > 0).toBe(name !== 'nothing matches')
    for (const question of questionsFor(story, filter)) {
      const [expected, answered] = await Promise.all([memory.answer(question), engine.answer(question)])
      // Exact equality, numbers and order included: the same events in the same time order, the same
      // counts, the same cells (floor and + 0 on both sides), the same text.
      expect({ question, answer: answered }).toEqual({ question, answer: expected })
    }
  })
})
