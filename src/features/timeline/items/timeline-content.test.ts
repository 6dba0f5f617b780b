import { expect, test } from 'vitest'
import { indexStory } from '../../../dataset/story-index'
import { formatShortCount } from '../../../lib/format-count'
import { buildStory } from '../../../testing/build-story'
import { generateDataset } from '../../../testing/synthetic-dataset'
import { barsPerWindow, MAX_TIMELINE_ITEMS, readableItems, timelineContent } from './timeline-content'

const small = buildStory()
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`)

test('a small story is drawn whole, whatever the window, with the selected event marked if filtered out', () => {
  const window = { start: at('2023-08-01'), end: at('2023-08-31') }
  const items = timelineContent(small.events.slice(1), small.events[0], window)
  expect(items.map((item) => item.id)).toEqual(['parade', 'letter', 'meeting', 'colonial-rule'])
  expect(items.at(-1)?.className).toContain('is-filtered-out')
})

const large = indexStory(generateDataset(20_000, 3))

test('a large story draws only events near the window when few enough are there', () => {
  const window = { start: at('1950-03-01'), end: at('1950-03-20') }
  const items = timelineContent(large.events, undefined, window)
  expect(items.length).toBeGreaterThan(0)
  expect(items.length).toBeLessThanOrEqual(MAX_TIMELINE_ITEMS)
  expect(items.every((item) => item.kind === 'event')).toBe(true)
  const length = window.end - window.start
  for (const item of items) {
    expect(item.end ?? item.start).toBeGreaterThan(window.start - length)
    expect(item.start).toBeLessThan(window.end + length)
  }
})

test('a crowded window draws counting bars that add up to the events near it, plus the selection', () => {
  const window = { start: at('2019-01-01'), end: at('2025-12-31') }
  const selected = large.events[0]
  const items = timelineContent(large.events, selected, window)
  const bars = items.filter((item) => item.kind === 'count')
  expect(bars.length).toBeGreaterThan(10)
  expect(bars.length).toBeLessThanOrEqual(100)
  const length = window.end - window.start
  const near = large.events.filter(
    (event) => event.span.start < window.end + length && event.span.end > window.start - length,
  )
  // Each near event is counted in the bar its start falls in (held inside the near span).
  const placed = (event: (typeof near)[number]) =>
    Math.min(Math.max(event.span.start, window.start - length), window.end + length - 1)
  const counts = bars.map(
    (bar) =>
      near.filter((event) => placed(event) >= bar.start && placed(event) < (bar.end ?? bar.start)).length,
  )
  expect(counts.reduce((sum, count) => sum + count, 0)).toBe(near.length)
  expect(bars.map((bar) => bar.label)).toEqual(counts.map(formatShortCount))
  expect(items.at(-1)?.id).toBe(selected?.id)
})

test('a narrow timeline gets fewer, wider counting bars, each at least 40 px across', () => {
  const window = { start: at('2019-01-01'), end: at('2025-12-31') }
  const length = window.end - window.start
  for (const widthPx of [320, 390, 768, 1200]) {
    const bars = barsPerWindow(widthPx)
    const drawn = timelineContent(large.events, undefined, window, bars)
    expect(drawn.every((item) => item.kind === 'count')).toBe(true)
    for (const bar of drawn)
      expect((((bar.end ?? 0) - bar.start) / length) * widthPx).toBeGreaterThanOrEqual(40)
    const inWindow = drawn.filter((bar) => bar.start < window.end && (bar.end ?? 0) > window.start)
    expect(inWindow.length).toBeLessThanOrEqual(bars + 1)
  }
  expect(barsPerWindow(390)).toBeLessThan(barsPerWindow(1200))
  expect(barsPerWindow(0)).toBe(4)
  expect(barsPerWindow(5000)).toBe(30)
})

test('items or counting bars follow how many labels the width can show, not one count for every screen', () => {
  expect(readableItems(390)).toBeLessThan(readableItems(780))
  expect(readableItems(780)).toBeLessThan(readableItems(1600))
  expect(readableItems(10_000)).toBe(MAX_TIMELINE_ITEMS)
  // A window in the middle of a story, widened until some sixty events or more lie in it.
  const story = indexStory(generateDataset(1500, 5))
  const centre = story.events[Math.floor(large.events.length / 2)]?.when.anchor ?? 0
  const inWindow = (window: { start: number; end: number }) =>
    story.events.filter((event) => event.span.start < window.end && event.span.end > window.start)
  let half = 3_600_000
  while (inWindow({ start: centre - half, end: centre + half }).length < 60) half *= 1.2
  const window = { start: centre - half, end: centre + half }
  const inView = inWindow(window)
  expect(inView.length).toBeLessThan(readableItems(1200))
  expect(inView.length).toBeGreaterThan(readableItems(360))
  const kinds = (readable: number) =>
    new Set(timelineContent(story.events, undefined, window, 30, readable).map((item) => item.kind))
  // A desktop reads them as events, a phone as bars to zoom into.
  expect(kinds(readableItems(1200))).toEqual(new Set(['event']))
  expect(kinds(readableItems(360))).toEqual(new Set(['count']))
})

test('in lanes, an event is drawn once in each of its lanes; counting bars count each lane on its own', () => {
  const window = { start: at('1900-01-01'), end: at('2030-01-01') }
  const laneIdsOf = (event: { countries: readonly string[] }) =>
    event.countries.length ? event.countries.map((code) => `lane:${code}`) : ['lane-none']
  const items = timelineContent(small.events, undefined, window, 30, 300, laneIdsOf)
  expect(items.filter((item) => item.id === 'letter').map((item) => item.lane)).toEqual([
    'lane:KP',
    'lane:RU',
  ])
  expect(items.filter((item) => item.id === 'meeting').map((item) => item.lane)).toEqual(['lane-none'])

  const wide = { start: at('1900-01-01'), end: at('2000-01-01') }
  const bars = timelineContent(large.events, undefined, wide, 30, 10, laneIdsOf)
  expect(bars.every((item) => item.kind === 'count' && item.lane !== undefined)).toBe(true)
  const counted = bars.reduce((sum, item) => sum + Number(item.tooltip.split(' ')[0]?.replaceAll(',', '')), 0)
  const near = { start: wide.start - (wide.end - wide.start), end: wide.end + (wide.end - wide.start) }
  const expected = large.events
    .filter((event) => event.span.start < near.end && event.span.end > near.start)
    .reduce((sum, event) => sum + laneIdsOf(event).length, 0)
  expect(counted).toBe(expected)
})
