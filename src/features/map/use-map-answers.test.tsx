import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { NO_FILTER } from '../../dataset/query/query-description'
import { QUERY_LIMITS } from '../../dataset/query/query-limits'
import { NOTHING_CHOSEN } from '../../state/facets/facet-table'
import { memoryAnswerer } from '../../state/query/memory-answerer'
import { memoryIndex } from '../../state/query/memory-index'
import { answeringInArrow, httpSource, WithAnswers } from '../../testing/engine-wrapper'
import { loopbackEngine } from '../../testing/loopback-engine'
import { syntheticQueryStory } from '../../testing/query-stories'
import { CELL_DEGREES } from './points-region'
import { useMapAnswers } from './use-map-answers'

// The map's answers from an engine past its cap, through HTTP and Arrow as the service sends them:
// more placed events than the engine gives one by one, so it counts them in cells. The map draws
// the cells as counts (no event named), at their centres, and says how many events are placed.

// 60% placed: some 21,600 placed events, past the engine's 20,000 points.
const story = syntheticQueryStory(36_000)
const memory = memoryAnswerer(story)
let engine: Awaited<ReturnType<typeof loopbackEngine>>
beforeAll(async () => {
  engine = await loopbackEngine(answeringInArrow(story))
})
afterAll(() => engine.close())

const filters = { chosen: NOTHING_CHOSEN, search: '' }
const allTime = { start: story.extent.start, end: story.extent.end + 1 }

test('past the engine’s cap, the map’s marks are its cells, counted, at their centres', async () => {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <WithAnswers source={httpSource(engine.url)}>{children}</WithAnswers>
  )
  const { result } = renderHook(() => useMapAnswers(filters, allTime), { wrapper })
  await waitFor(() => expect(result.current.counts.points.length).toBeGreaterThan(0), { timeout: 20_000 })
  const { counts, inView } = result.current
  const whole = { ...NO_FILTER, window: { start: allTime.start, end: allTime.end } }
  const countries = await memory.answer({ kind: 'map-countries', filter: whole })
  expect(countries.placed).toBeGreaterThan(QUERY_LIMITS.mapPoints)
  expect(inView).toBe(story.events.length)
  expect(counts.binned).toBe(true)
  expect(counts.placed).toBe(countries.placed)
  expect(counts.points.every((point) => point.id === null)).toBe(true)
  // Every placed event is in one cell: the marks' counts add up to them.
  expect(counts.points.reduce((sum, point) => sum + point.count, 0)).toBe(countries.placed)
  // Each mark at its cell's centre, half a cell from the corner the engine names.
  const cells = await memory.answer({
    kind: 'map-points',
    filter: whole,
    limit: QUERY_LIMITS.mapPoints,
    cellDegrees: CELL_DEGREES,
  })
  expect(counts.points[0]).toEqual({
    ...cells.rows[0],
    latitude: (cells.rows[0]?.latitude ?? 0) + CELL_DEGREES / 2,
    longitude: (cells.rows[0]?.longitude ?? 0) + CELL_DEGREES / 2,
  })
  expect(Object.fromEntries(counts.byCountry)).toEqual(
    Object.fromEntries(countries.rows.map((row) => [row.country, row.count])),
  )
}, 30_000)

test('zoomed in, the engine is asked for the area in view in smaller cells: a crowded cell splits', async () => {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <WithAnswers source={httpSource(engine.url)}>{children}</WithAnswers>
  )
  const whole = { ...NO_FILTER, window: { start: allTime.start, end: allTime.end } }
  // The whole world in half-degree cells: past the cap, the marks are cells of half a degree, at their
  // centres; the placed events said are all the filter's.
  const half = { area: null, cellDegrees: 0.5 }
  const zoomed = renderHook(() => useMapAnswers(filters, allTime, half), { wrapper })
  await waitFor(() => expect(zoomed.result.current.counts.points.length).toBeGreaterThan(0), {
    timeout: 20_000,
  })
  const cells = await memory.answer({
    kind: 'map-points',
    filter: whole,
    limit: QUERY_LIMITS.mapPoints,
    cellDegrees: 0.5,
  })
  expect(zoomed.result.current.counts.binned).toBe(true)
  expect(zoomed.result.current.counts.cellDegrees).toBe(0.5)
  expect(zoomed.result.current.counts.points[0]).toEqual({
    ...cells.rows[0],
    latitude: (cells.rows[0]?.latitude ?? 0) + 0.25,
    longitude: (cells.rows[0]?.longitude ?? 0) + 0.25,
  })
  const countries = await memory.answer({ kind: 'map-countries', filter: whole })
  expect(zoomed.result.current.counts.placed).toBe(countries.placed)
  zoomed.unmount()

  // The busiest 1° cell in view, as choosing it zooms in: its events come one by one, each in it.
  const busiest = cells.rows[0]
  if (!busiest) throw new Error('no cell')
  const area = {
    south: Math.floor(busiest.latitude),
    west: Math.floor(busiest.longitude),
    north: Math.floor(busiest.latitude) + 1,
    east: Math.floor(busiest.longitude) + 1,
  }
  const inCell = renderHook(() => useMapAnswers(filters, allTime, { area, cellDegrees: 1 / 8 }), { wrapper })
  await waitFor(() => expect(inCell.result.current.counts.points.length).toBeGreaterThan(0), {
    timeout: 20_000,
  })
  const { counts } = inCell.result.current
  const there = await memory.answer({ kind: 'map-countries', filter: { ...whole, area } })
  expect(counts.binned).toBe(false)
  expect(counts.points.length).toBe(there.placed)
  for (const point of counts.points) {
    expect(point.id).not.toBeNull()
    expect(point.latitude).toBeGreaterThanOrEqual(area.south)
    expect(point.latitude).toBeLessThanOrEqual(area.north)
  }
  inCell.unmount()
}, 40_000)

test('the page’s own index is asked for every point, whatever the view', () => {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <WithAnswers source={{ kind: 'immediate', identity: 'memory:test', index: memoryIndex(story) }}>
      {children}
    </WithAnswers>
  )
  const region = { area: { south: 0, west: 0, north: 1, east: 1 }, cellDegrees: 1 / 8 }
  const { result } = renderHook(() => useMapAnswers(filters, allTime, region), { wrapper })
  expect(result.current.counts.binned).toBe(false)
  expect(result.current.counts.points.length).toBe(result.current.counts.placed)
  expect(result.current.counts.placed).toBeGreaterThan(QUERY_LIMITS.mapPoints)
})
