import {
  EVENT_FIELDS,
  type EventFilter,
  NO_FILTER,
  type QueryDescription,
} from '../../src/dataset/query/query-description'
import type { Story } from '../../src/dataset/story-index'

// The questions two engines are compared on (the DuckDB parity test, and `npm run test:engines` for
// ClickHouse): every kind, under filters of every sort (facets, search with accents, area, windows
// wide and narrow, nothing matching), each kind of period.

const YEAR = 365.25 * 86_400_000

export function filtersFor(story: Story): Array<[string, EventFilter]> {
  const [first, second] = story.countryCodes
  // Whole milliseconds: a window from outside is (parse-query.ts).
  const middle = Math.floor((story.extent.start + story.extent.end) / 2)
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

export function questionsFor(story: Story, filter: EventFilter): QueryDescription[] {
  const window = filter.window ?? { start: story.extent.start, end: story.extent.end + 1 }
  const someEvent = story.events[Math.floor(story.events.length / 2)]?.id ?? ''
  const quoted = story.dataset.quotes[0]?.event ?? someEvent
  return [
    // What the page asks first of a story it does not hold (it has no filter: asked under each alike).
    { kind: 'story-summary' },
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
    // The timeline's lanes: by a list facet (events with none in the lane of none) and by status.
    {
      kind: 'period-counts',
      filter: { ...filter, window },
      bucketing: { period: 'year', every: 1 },
      lanes: 'country',
    },
    {
      kind: 'period-counts',
      filter: { ...filter, window },
      bucketing: { period: 'month', every: 3 },
      lanes: 'status',
    },
    {
      kind: 'period-counts',
      filter: { ...filter, window },
      bucketing: { period: 'year', every: 10 },
      lanes: 'category',
    },
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
    { kind: 'map-points', filter, limit: 20_000, cellDegrees: 5 },
    { kind: 'map-points', filter, limit: 40, cellDegrees: 2.5 },
    { kind: 'search', filter, text: 'summit', limit: 30 },
    { kind: 'event-details', id: someEvent },
    // The details panel's question: the event, and whether the view's filters let it through.
    { kind: 'event-details', id: someEvent, filter },
    { kind: 'event-details', id: 'no-such-event', filter },
    // The matching events' count alone (the filters panel, the embed, the export's file name).
    { kind: 'events', filter, fields: [], limit: 0, offset: 0 },
    // The print view's and the export's pages: every field they may read, in time order.
    { kind: 'events', filter, fields: [...EVENT_FIELDS], limit: 7, offset: 7 },
    { kind: 'quotes', filter, event: null, limit: 200 },
    { kind: 'quotes', filter, event: quoted, limit: 10 },
    // A step (N / P) from an event, matching or not: its neighbour, and a few past it, both ways; none
    // from an id no event has.
    {
      kind: 'events',
      filter,
      fields: ['title'],
      limit: 1,
      offset: 0,
      from: { event: someEvent, direction: 1 },
    },
    { kind: 'events', filter, fields: [], limit: 5, offset: 3, from: { event: someEvent, direction: -1 } },
    {
      kind: 'events',
      filter,
      fields: [],
      limit: 1,
      offset: 0,
      from: { event: 'no-such-event', direction: 1 },
    },
  ]
}
