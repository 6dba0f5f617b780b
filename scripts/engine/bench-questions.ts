import { type EventFilter, NO_FILTER, type QueryDescription } from '../../src/dataset/query/query-description'

// The questions the engines are timed on (the service's `npm run bench:engine`, the page's
// `npm run bench:wasm`): each kind the views ask, on the generator's ACLED rows (the filters name its
// countries and years).

const year2020 = { start: Date.UTC(2020, 0, 1), end: Date.UTC(2021, 0, 1) }
const march2020 = { start: Date.UTC(2020, 2, 1), end: Date.UTC(2020, 3, 1) }
const week = { start: Date.UTC(2020, 2, 2), end: Date.UTC(2020, 2, 9) }
const ukraine: EventFilter = { ...NO_FILTER, chosen: { ...NO_FILTER.chosen, country: ['UA'] } }
export const BENCH_QUESTIONS: Array<[string, QueryDescription]> = [
  [
    'facet counts, nothing chosen',
    {
      kind: 'facet-counts',
      filter: NO_FILTER,
      facets: ['country', 'actor', 'category', 'status'],
      adding: [],
      limit: 50,
    },
  ],
  [
    'facet counts, a country chosen, in 2020',
    {
      kind: 'facet-counts',
      filter: { ...ukraine, window: year2020 },
      facets: ['country', 'actor', 'category', 'status'],
      adding: ['country', 'actor', 'category'],
      limit: 50,
    },
  ],
  [
    'months over 1997–2025',
    {
      kind: 'period-counts',
      filter: { ...NO_FILTER, window: { start: Date.UTC(1997, 0, 1), end: Date.UTC(2026, 0, 1) } },
      bucketing: { period: 'month', every: 1 },
    },
  ],
  [
    'days of 2020, a country',
    {
      kind: 'period-counts',
      filter: { ...ukraine, window: year2020 },
      bucketing: { period: 'day', every: 1 },
    },
  ],
  [
    'weeks of 2020',
    {
      kind: 'period-counts',
      filter: { ...NO_FILTER, window: year2020 },
      bucketing: { period: 'week', every: 1 },
    },
  ],
  [
    '6 hours of a week',
    {
      kind: 'period-counts',
      filter: { ...NO_FILTER, window: week },
      bucketing: { period: 'hour', every: 6 },
    },
  ],
  [
    'years in fives',
    {
      kind: 'period-counts',
      filter: { ...NO_FILTER, window: { start: Date.UTC(1995, 0, 1), end: Date.UTC(2026, 0, 1) } },
      bucketing: { period: 'year', every: 5 },
    },
  ],
  [
    'events in March 2020 (300, drawn fields)',
    {
      kind: 'events',
      filter: { ...NO_FILTER, window: march2020 },
      fields: ['title', 'date', 'precision', 'status', 'countries', 'actors'],
      limit: 300,
      offset: 0,
    },
  ],
  ['map countries in 2020', { kind: 'map-countries', filter: { ...NO_FILTER, window: year2020 } }],
  [
    'map points in 2020 (cells past 5,000)',
    { kind: 'map-points', filter: { ...NO_FILTER, window: year2020 }, limit: 5000, cellDegrees: 1 },
  ],
  ['search "armed clash", a country', { kind: 'search', filter: ukraine, text: 'armed clash', limit: 50 }],
  ['one event’s details', { kind: 'event-details', id: 'ukr1000' }],
  ['quotes of the matching events', { kind: 'quotes', filter: ukraine, event: null, limit: 200 }],
]
