import { expect, test } from 'vitest'
import { parseQuery } from './parse-query'
import { NO_FILTER, type QueryDescription } from './query-description'

const valid: QueryDescription[] = [
  { kind: 'facet-counts', filter: NO_FILTER, facets: ['country', 'status'], adding: ['country'], limit: 100 },
  {
    kind: 'period-counts',
    filter: { ...NO_FILTER, window: { start: Date.UTC(2023, 0, 1), end: Date.UTC(2024, 0, 1) } },
    bucketing: { period: 'week', every: 1 },
  },
  {
    kind: 'events',
    filter: { ...NO_FILTER, chosen: { ...NO_FILTER.chosen, country: ['KP'] }, search: 'letter' },
    fields: ['title', 'date'],
    limit: 500,
    offset: 0,
  },
  { kind: 'map-countries', filter: { ...NO_FILTER, area: { south: 30, west: 120, north: 45, east: 135 } } },
  { kind: 'map-points', filter: NO_FILTER, limit: 5000, cellDegrees: 0.5 },
  { kind: 'search', filter: NO_FILTER, text: 'missiles', limit: 20 },
  { kind: 'event-details', id: 'camp-david-summit' },
  { kind: 'quotes', filter: NO_FILTER, event: null, limit: 1000 },
]

test.each(valid.map((query) => [query.kind, query] as const))(
  'a %s query passes as it is',
  (_kind, query) => {
    expect(parseQuery(JSON.parse(JSON.stringify(query)))).toEqual({ ok: true, query })
  },
)

test.each([
  [{ kind: 'drop table' }, /kind is story-summary, facet-counts, period-counts/],
  [
    { kind: 'events', filter: NO_FILTER, fields: ['title'], limit: 10_000_000, offset: 0 },
    /^limit: at most 10000$/,
  ],
  [
    {
      kind: 'events',
      filter: { ...NO_FILTER, window: { start: 5, end: 1 } },
      fields: [],
      limit: 1,
      offset: 0,
    },
    /^filter\.window: its start must be before its end$/,
  ],
  [
    { kind: 'events', filter: NO_FILTER, fields: ['password'], limit: 1, offset: 0 },
    /fields\.0: a field: one of title/,
  ],
  [
    {
      kind: 'period-counts',
      filter: { ...NO_FILTER, window: { start: 0, end: 1e12 } },
      bucketing: { period: 'hour', every: 1 },
    },
    /at most 5000 periods in the window/,
  ],
  [
    {
      kind: 'period-counts',
      filter: { ...NO_FILTER, window: { start: 0, end: 1e12 } },
      bucketing: { period: 'month', every: 5 },
    },
    /every: months in runs that fit a year/,
  ],
  [
    { kind: 'search', filter: NO_FILTER, text: 'a\u0000b', limit: 1 },
    /^text: the search: no control characters$/,
  ],
  [{ kind: 'quotes', filter: { ...NO_FILTER, sql: '1=1' }, event: null, limit: 1 }, /^filter: .*sql/],
  // The summary takes nothing: a table's name or a filter slipped in is refused, not ignored.
  [{ kind: 'story-summary', table: 'events; DROP TABLE events' }, /table/],
  [
    { kind: 'map-countries', filter: { ...NO_FILTER, chosen: { ...NO_FILTER.chosen, country: 'KP' } } },
    /^filter\.chosen\.country: a list of values$/,
  ],
])('%j is refused, saying why', (input, problem) => {
  const parsed = parseQuery(input)
  expect(parsed.ok).toBe(false)
  if (!parsed.ok) expect(parsed.problems.join('\n')).toMatch(problem)
})
