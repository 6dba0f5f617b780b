import { describe, expect, test } from 'vitest'
import { parseQuery } from '../../../dataset/query/parse-query'
import { periodStart } from '../../../dataset/query/periods'
import { type IndexedEvent, indexStory, type Story } from '../../../dataset/story-index'
import { formatShortCount } from '../../../lib/format-count'
import { NOTHING_CHOSEN } from '../../../state/facets/facet-table'
import { matchingEvents } from '../../../state/matching-events'
import { answerEvents } from '../../../state/query/memory-first-view'
import { memoryIndex } from '../../../state/query/memory-index'
import { answerPeriodCounts } from '../../../state/query/memory-periods'
import type { ActiveFilters, TimeWindow } from '../../../state/view-state'
import { buildStory } from '../../../testing/build-story'
import { builtinStory } from '../../../testing/query-stories'
import { generateDataset } from '../../../testing/synthetic-dataset'
import { divideIntoLanes } from '../lanes/lanes'
import { barsPerWindow, readableItems, type TimelineAnswers, timelineContent } from './timeline-content'
import { eventToTimelineItem } from './timeline-items'
import {
  allTimeQuestion,
  laneCountsQuestion,
  MAX_TIMELINE_ITEMS,
  nearWindow,
  windowQuestions,
} from './timeline-questions'

// The timeline's questions answered by the in-memory index, as the page asks them
// (use-timeline-answers.ts), and what it draws from the answers, checked against what it drew from
// the story's own events before it asked (the walk in `drawnBefore`).

const NONE: ActiveFilters = { chosen: NOTHING_CHOSEN, search: '' }
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`)

function answersFor(
  story: Story,
  filters: ActiveFilters,
  shown: TimeWindow,
  readable: number,
  bars: number,
): TimelineAnswers {
  const index = memoryIndex(story)
  const all = answerEvents(index, allTimeQuestion(filters))
  if (all.total <= readable) return { all }
  const questions = windowQuestions(filters, shown, bars, null)
  return {
    all,
    near: answerEvents(index, questions.near),
    inView: answerEvents(index, questions.inView).total,
    periods: {
      rows: answerPeriodCounts(index, questions.periods).rows,
      bucketing: questions.periods.bucketing,
    },
  }
}

/** The events the timeline drew from the story's own matching events before it asked (null: bars). */
function drawnBefore(matching: IndexedEvent[], shown: TimeWindow, readable: number): IndexedEvent[] | null {
  if (matching.length <= readable) return matching
  const near = nearWindow(shown)
  const overlaps = (event: IndexedEvent, window: TimeWindow) =>
    event.span.start < window.end && event.span.end > window.start
  const nearby = matching.filter((event) => overlaps(event, near))
  const inView = nearby.filter((event) => overlaps(event, shown))
  return inView.length <= readable && nearby.length <= MAX_TIMELINE_ITEMS ? nearby : null
}

const DAY = 86_400_000

/** Windows across a story: all of it, and from a day to a decade around a few of its events. */
function windowsOf(story: Story): TimeWindow[] {
  const { start, end } = story.extent
  const windows: TimeWindow[] = [{ start: start - DAY, end: end + DAY }]
  for (const share of [0.1, 0.5, 0.9, 0.99]) {
    const centre = story.events[Math.floor(story.events.length * share)]?.span.start ?? start
    for (const half of [DAY, 30 * DAY, 365 * DAY, 3650 * DAY])
      windows.push({ start: centre - half, end: centre + half })
  }
  return windows
}

describe.each([
  ['the built-in story', builtinStory()],
  ['a generated story of 1,000 events', indexStory(generateDataset(1000, 1))],
])('%s', (_name, story) => {
  const filterings: ActiveFilters[] = [
    NONE,
    { chosen: { ...NOTHING_CHOSEN, country: [story.countryCodes[0] ?? 'KP'] }, search: '' },
    { chosen: NOTHING_CHOSEN, search: 'a' },
  ]
  for (const widthPx of [390, 1200]) {
    const readable = readableItems(widthPx)
    const bars = barsPerWindow(widthPx)
    test.each(filterings.map((filters, index) => [index, filters] as const))(
      `at ${widthPx} px, filter %i: the events drawn are those drawn before; bars count the events near the window per calendar period`,
      (_index, filters) => {
        const matching = matchingEvents(story, filters)
        for (const shown of windowsOf(story)) {
          const drawing = timelineContent(
            answersFor(story, filters, shown, readable, bars),
            undefined,
            shown,
            readable,
          )
          const before = drawnBefore(matching, shown, readable)
          const daysAsBars = shown.end - shown.start <= 10 * DAY
          if (before) {
            expect(drawing.items).toEqual(before.map((event) => eventToTimelineItem(event, { daysAsBars })))
            continue
          }
          // Counting bars: calendar periods, each at least 40 px wide, adding up to the events near.
          const near = nearWindow(shown)
          const nearby = matching.filter(
            (event) => event.span.start < near.end && event.span.end > near.start,
          )
          expect(drawing.items.every((item) => item.kind === 'count')).toBe(true)
          const counted = drawing.items.map((bar) => Number(bar.tooltip.split(' ')[0]?.replaceAll(',', '')))
          expect(counted.reduce((sum, count) => sum + count, 0)).toBe(nearby.length)
          expect(drawing.items.map((bar) => bar.label)).toEqual(counted.map(formatShortCount))
          const pxPerMs = widthPx / (shown.end - shown.start)
          for (const bar of drawing.items) {
            expect(((bar.end ?? bar.start) - bar.start) * pxPerMs).toBeGreaterThanOrEqual(40)
            // Drawn short of its end by more than vis-timeline's 4 px margin: side-by-side bars are
            // not stacked in two rows.
            expect(((bar.end ?? bar.start) - (bar.drawnEnd ?? Number.NaN)) * pxPerMs).toBeGreaterThan(4)
          }
          const { bucketing } = windowQuestions(filters, shown, bars, null).periods
          for (const bar of drawing.items) expect(periodStart(bar.start, bucketing)).toBe(bar.start)
        }
      },
    )
  }
})

test('the questions the timeline asks are ones an engine takes (as the service checks a request)', () => {
  const story = buildStory()
  const filters: ActiveFilters = { chosen: { ...NOTHING_CHOSEN, country: ['KP'] }, search: 'letter' }
  const shown = { start: at('2023-07-01'), end: at('2023-09-01') }
  const questions = [
    allTimeQuestion(filters),
    ...Object.values(windowQuestions(filters, shown, 30, 'country')),
    laneCountsQuestion(filters, 'actor', story.extent),
    // The widest window the timeline allows still names instants an engine takes.
    ...Object.values(windowQuestions(NONE, { start: -1e15, end: 1e15 }, 4, null)),
  ]
  for (const question of questions)
    expect(parseQuery(JSON.parse(JSON.stringify(question)))).toEqual({ ok: true, query: question })
})

const small = buildStory()

test('the selected event is drawn even when not among the answer, marked when the filters leave it out', () => {
  const filters: ActiveFilters = { chosen: { ...NOTHING_CHOSEN, status: ['occurred'] }, search: '' }
  const shown = { start: at('2023-08-01'), end: at('2023-08-31') }
  const meeting = small.eventsById.get('meeting')
  if (!meeting) throw new Error('meeting')
  const answers = answersFor(small, filters, shown, 300, 30)
  const { items } = timelineContent(answers, { event: meeting, hidden: true }, shown)
  expect(items.map((item) => item.id)).toEqual(['colonial-rule', 'parade', 'letter', 'meeting'])
  expect(items.at(-1)?.className).toContain('is-filtered-out')
})

test('in lanes, an event is drawn once in each of its lanes; counting bars count each lane on its own', () => {
  const window = { start: at('1900-01-01'), end: at('2030-01-01') }
  const division = divideIntoLanes('country', small.events, small)
  const { items } = timelineContent(
    answersFor(small, NONE, window, 300, 30),
    undefined,
    window,
    300,
    division,
  )
  const laneOf = (id: string) => division.lanes.find((lane) => lane.id === id)?.label
  expect(items.filter((item) => item.id === 'letter').map((item) => laneOf(item.lane ?? ''))).toEqual([
    'North Korea',
    'Russia',
  ])
  expect(items.filter((item) => item.id === 'meeting').map((item) => laneOf(item.lane ?? ''))).toEqual([
    'No country',
  ])

  const large = indexStory(generateDataset(3000, 3))
  const byCountry = divideIntoLanes('country', large.events, large)
  const wide = { start: at('1900-01-01'), end: at('2000-01-01') }
  const index = memoryIndex(large)
  const all = answerEvents(index, allTimeQuestion(NONE))
  const questions = windowQuestions(NONE, wide, 30, 'country')
  const answers: TimelineAnswers = {
    all,
    near: answerEvents(index, questions.near),
    inView: answerEvents(index, questions.inView).total,
    periods: {
      rows: answerPeriodCounts(index, questions.periods).rows,
      bucketing: questions.periods.bucketing,
    },
  }
  const bars = timelineContent(answers, undefined, wide, 10, byCountry).items
  expect(bars.every((item) => item.kind === 'count' && item.lane !== undefined)).toBe(true)
  const counted = bars.reduce((sum, item) => sum + Number(item.tooltip.split(' ')[0]?.replaceAll(',', '')), 0)
  const near = nearWindow(wide)
  const expected = large.events
    .filter((event) => event.span.start < near.end && event.span.end > near.start)
    .reduce((sum, event) => sum + byCountry.laneIdsOf(event).length, 0)
  // "Other countries" counts an event of two other countries twice, once a value (lanes.ts).
  expect(counted).toBeGreaterThanOrEqual(expected)
  const noOther = bars.filter((bar) => bar.lane !== 'lane-other')
  const countedOwn = noOther.reduce(
    (sum, item) => sum + Number(item.tooltip.split(' ')[0]?.replaceAll(',', '')),
    0,
  )
  const expectedOwn = large.events
    .filter((event) => event.span.start < near.end && event.span.end > near.start)
    .reduce(
      (sum, event) => sum + byCountry.laneIdsOf(event).filter((lane) => lane !== 'lane-other').length,
      0,
    )
  expect(countedOwn).toBe(expectedOwn)
})

test('a narrow timeline gets fewer counting bars; items or bars follow how many labels the width shows', () => {
  expect(barsPerWindow(390)).toBeLessThan(barsPerWindow(1200))
  expect(barsPerWindow(0)).toBe(4)
  expect(barsPerWindow(5000)).toBe(30)
  expect(readableItems(390)).toBeLessThan(readableItems(780))
  expect(readableItems(780)).toBeLessThan(readableItems(1600))
  expect(readableItems(10_000)).toBe(MAX_TIMELINE_ITEMS)
})
