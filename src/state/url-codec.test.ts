import fc from 'fast-check'
import { expect, test } from 'vitest'
import { LANE_KEYS, NOTHING_CHOSEN } from './facets/facet-table'
import { formatInstant, parseInstant, parseViewParams, serializeViewState } from './url-codec'
import type { ViewState } from './view-state'

const EMPTY_VIEW: ViewState = {
  event: null,
  quote: null,
  chosen: NOTHING_CHOSEN,
  search: '',
  requestedWindow: null,
  lanes: null,
  area: null,
  mapView: null,
  storyMode: null,
}
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`)

test('a full view survives a round trip through the URL', () => {
  const state: ViewState = {
    event: 'kim-letter-to-putin',
    quote: null,
    chosen: {
      ...NOTHING_CHOSEN,
      country: ['KP', 'RU'],
      actor: ['kim-jong-un'],
      category: ['diplomacy'],
      status: ['scheduled', 'alleged'],
    },
    search: 'strategic relationship',
    requestedWindow: { start: day('2023-07-01'), end: Date.parse('2023-08-31T12:30:00Z') },
    lanes: 'country',
    area: { south: 33.1, west: 124.5, north: 43.0102, east: 131.25 },
    mapView: { latitude: 38.5, longitude: 127.25, zoom: 4 },
    storyMode: null,
  }
  const search = serializeViewState(state)
  expect(search).toBe(
    '?event=kim-letter-to-putin&country=KP,RU&actor=kim-jong-un&category=diplomacy&status=scheduled,alleged&q=strategic+relationship&group=country&area=33.1,124.5,43.0102,131.25&map=38.5,127.25,4&from=2023-07-01&to=2023-08-31T12:30Z',
  )
  expect(parseViewParams(search)).toEqual({ state, notices: [] })
})

test('the default view is an empty query string, and parameters the view does not own are kept', () => {
  expect(serializeViewState(EMPTY_VIEW)).toBe('')
  expect(
    serializeViewState({ ...EMPTY_VIEW, event: 'a' }, new URLSearchParams('data=x.json&event=old')),
  ).toBe('?data=x.json&event=a')
})

test('repeated and comma-separated lists are merged, trimmed and de-duplicated; codes upper-cased', () => {
  const { state } = parseViewParams('?country=kp,%20RU&country=KP&actor=a,,b&actor=a')
  expect(state.chosen.country).toEqual(['KP', 'RU'])
  expect(state.chosen.actor).toEqual(['a', 'b'])
})

test.each([
  ['?from=yesterday&to=2023-08-01', 'not a pair of dates'],
  ['?from=2023-08-01', 'not a pair of dates'],
  ['?from=2023-09-01&to=2023-08-01', 'ends before it starts'],
  ['?from=2023-08-01&to=2023-08-01', 'ends before it starts'],
  ['?from=2023-02-30&to=2023-03-02', 'not a pair of dates'],
])('a window that makes no sense (%s) falls back to the default, with a notice', (search, notice) => {
  const { state, notices } = parseViewParams(search)
  expect(state.requestedWindow).toBeNull()
  expect(notices).toEqual([expect.stringContaining(notice)])
})

test.each([
  ['?from=+275760-09-12&to=+275760-09-13', 'the edge of JavaScript’s dates'],
  ['?from=-271821-04-20&to=-271821-04-21', 'the other edge'],
  ['?from=+012000-01-01&to=+012001-01-01', 'past the years a date may have'],
  ['?from=+002023-02-30&to=+002023-03-02', 'a day that does not exist, with a sign'],
  ['?from=2023-08-15T24:00Z&to=2023-08-16', 'an hour that does not exist'],
])('a window the timeline cannot show (%s: %s) falls back to the default, with a notice', (search) => {
  const { state, notices } = parseViewParams(search)
  expect(state.requestedWindow).toBeNull()
  expect(notices).toEqual([expect.stringContaining('not a pair of dates the timeline can show')])
})

test('dates are read field by field: signed and expanded years, years before 100, fractions', () => {
  expect(parseInstant('+002023-02-28')).toBe(Date.parse('2023-02-28T00:00:00Z'))
  expect(parseInstant('0050-06-01')).toBe(new Date('0050-06-01T00:00:00Z').getTime())
  expect(new Date(parseInstant('0050-06-01')).getUTCFullYear()).toBe(50)
  expect(parseInstant('-000100-01-01T00:00:00.000Z')).toBe(Date.parse('-000100-01-01T00:00:00Z'))
  expect(parseInstant('2023-08-15T10:30:15.5Z')).toBe(Date.parse('2023-08-15T10:30:15.500Z'))
  for (const instant of [Date.parse('-000100-01-01T00:00:00Z'), Date.parse('0050-06-01T12:30:00Z')]) {
    expect(parseInstant(formatInstant(instant))).toBe(instant)
  }
})

test('huge parameters are cut down, with a notice', () => {
  const many = Array.from({ length: 80 }, (_, index) => `actor-${index}`).join(',')
  const { state, notices } = parseViewParams(`?actor=${many}&q=${'x'.repeat(5000)}&event=${'e'.repeat(500)}`)
  expect(state.chosen.actor).toHaveLength(50)
  expect(state.search).toHaveLength(200)
  expect(state.event).toBeNull()
  expect(notices).toHaveLength(3)
})

test('instants are written as the shortest ISO form and read back', () => {
  expect(formatInstant(day('1910-01-01'))).toBe('1910-01-01')
  expect(formatInstant(Date.parse('2023-08-15T06:00:00Z'))).toBe('2023-08-15T06:00Z')
  expect(parseInstant('2023-08-15T06:00Z')).toBe(Date.parse('2023-08-15T06:00:00Z'))
  expect(parseInstant('2023-08-15')).toBe(day('2023-08-15'))
  expect(parseInstant('15/08/2023')).toBeNaN()
})

test('any query string parses without throwing, to a well-formed view', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), (search) => {
      const { state } = parseViewParams(search)
      expect(typeof state.search).toBe('string')
      if (state.requestedWindow)
        expect(state.requestedWindow.end).toBeGreaterThan(state.requestedWindow.start)
      expect(state.chosen.country.every((code) => code === code.toUpperCase())).toBe(true)
    }),
  )
})

test('any view written to the URL reads back the same', () => {
  // A dataset's ids are at most 120 characters (see the format); a link's longer id is dropped, with a
  // notice (tested above), so it is not a view that can be written.
  const id = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).filter((value) => value.length <= 120)
  const minute = 60_000
  const view = fc.record({
    event: fc.option(id, { nil: null }),
    quote: fc.option(id, { nil: null }),
    chosen: fc
      .record({
        country: fc.uniqueArray(fc.constantFrom('KP', 'RU', 'US', 'JP'), { maxLength: 4 }),
        actor: fc.uniqueArray(id, { maxLength: 5 }),
        category: fc.uniqueArray(id, { maxLength: 3 }),
        status: fc.subarray(['occurred', 'scheduled', 'alleged']),
      })
      .map((chosen) => ({ ...NOTHING_CHOSEN, ...chosen })),
    search: fc.string({ maxLength: 50 }).filter((text) => text.trim() === text && text.trim() !== ''),
    // Windows the timeline can show: from 6 hours to 300 years.
    requestedWindow: fc.option(
      fc
        .tuple(fc.integer({ min: -1e7, max: 1e8 }), fc.integer({ min: 360, max: 157_000_000 }))
        .map(([start, length]) => ({ start: start * minute, end: (start + length) * minute })),
      { nil: null },
    ),
    lanes: fc.option(fc.constantFrom(...LANE_KEYS), { nil: null }),
    // Areas as the map draws them: rounded to four decimals, south below north, west before east.
    area: fc.option(
      fc
        .tuple(
          fc.integer({ min: -900_000, max: 899_999 }),
          fc.integer({ min: 1, max: 100_000 }),
          fc.integer({ min: -1_800_000, max: 1_799_999 }),
          fc.integer({ min: 1, max: 100_000 }),
        )
        .map(([south, tall, west, wide]) => ({
          south: south / 1e4,
          north: Math.min(900_000, south + tall) / 1e4,
          west: west / 1e4,
          east: Math.min(1_800_000, west + wide) / 1e4,
        })),
      { nil: null },
    ),
    mapView: fc.option(
      fc
        .tuple(
          fc.integer({ min: -9000, max: 9000 }),
          fc.integer({ min: -18000, max: 18000 }),
          fc.integer({ min: 100, max: 4000 }),
        )
        .map(([latitude, longitude, zoom]) => ({
          latitude: latitude / 100,
          longitude: longitude / 100,
          zoom: zoom / 100,
        })),
      { nil: null },
    ),
    storyMode: fc.option(fc.record({ narrative: id, step: fc.nat({ max: 10_000_000 }) }), { nil: null }),
  })
  fc.assert(
    fc.property(view, (state) => {
      // At a step of story mode the step names the event: the link leaves event= out.
      const atStep = state.storyMode !== null && state.storyMode.step > 0
      expect(parseViewParams(serializeViewState(state)).state).toEqual(
        atStep ? { ...state, event: null } : state,
      )
    }),
  )
})

test('a quote’s link: its id read back; an id too long to be one said and left out', () => {
  expect(parseViewParams('?event=a&quote=q-1').state).toMatchObject({ event: 'a', quote: 'q-1' })
  expect(serializeViewState({ ...EMPTY_VIEW, event: 'a', quote: 'q-1' })).toBe('?event=a&quote=q-1')
  const long = parseViewParams(`?quote=${'q'.repeat(121)}`)
  expect(long.state.quote).toBeNull()
  expect(long.notices).toEqual(['The quote id in the link is too long to be one; no quote is marked.'])
})

test('lanes come from ?group=, in any case; an unknown one is said and left out', () => {
  expect(parseViewParams('?group=Actor-Kind').state.lanes).toBe('actor-kind')
  const unknown = parseViewParams('?group=weather')
  expect(unknown.state.lanes).toBeNull()
  expect(unknown.notices).toEqual([
    "The timeline's lanes can be by country, actor, actor-kind, category, status, not “weather”; showing one lane.",
  ])
})

test('an area in a link that is not four numbers in order, on the earth, is dropped with a notice', () => {
  for (const [area, problem] of [
    ['1,2,3', 'four numbers'],
    ['10,20,5,30', 'its south below its north'],
    ['10,20,15,400', 'longitudes from −180 to 180'],
    ['a,b,c,d', 'four numbers'],
  ] as const) {
    const { state, notices } = parseViewParams(`?area=${area}`)
    expect(state.area).toBeNull()
    expect(notices).toHaveLength(1)
    expect(notices[0]).toContain(problem)
  }
  expect(parseViewParams('?area=-10.123456,20,15,30').state.area).toEqual({
    south: -10.1235,
    west: 20,
    north: 15,
    east: 30,
  })
})

test('story mode comes from ?story= and ?step=: the cover without a step; a step that is no number is said', () => {
  expect(parseViewParams('?story=as-the-article-tells-it').state.storyMode).toEqual({
    narrative: 'as-the-article-tells-it',
    step: 0,
  })
  expect(parseViewParams('?story=walk&step=3').state.storyMode).toEqual({ narrative: 'walk', step: 3 })
  expect(serializeViewState({ ...EMPTY_VIEW, event: 'x', storyMode: { narrative: 'walk', step: 3 } })).toBe(
    '?story=walk&step=3',
  )
  expect(serializeViewState({ ...EMPTY_VIEW, storyMode: { narrative: 'walk', step: 0 } })).toBe('?story=walk')
  const odd = parseViewParams('?story=walk&step=-2')
  expect(odd.state.storyMode).toEqual({ narrative: 'walk', step: 0 })
  expect(odd.notices).toEqual([
    "A step in the link is a number from 1 (0 is the story's cover), not “-2”; showing the cover.",
  ])
  const alone = parseViewParams('?step=4')
  expect(alone.state.storyMode).toBeNull()
  expect(alone.notices).toEqual(['The link names a step but no story (story=…); showing the dashboard.'])
})
