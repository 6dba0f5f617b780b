import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { NO_FILTER } from '../../dataset/query/query-description'
import { QUERY_LIMITS } from '../../dataset/query/query-limits'
import { NOTHING_CHOSEN } from '../../state/facets/facet-table'
import { memoryAnswerer } from '../../state/query/memory-answerer'
import { answeringInArrow, httpSource, WithAnswers } from '../../testing/engine-wrapper'
import { loopbackEngine } from '../../testing/loopback-engine'
import { syntheticQueryStory } from '../../testing/query-stories'
import { CELL_DEGREES, useMapAnswers } from './use-map-answers'

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
