import { expect, test } from 'vitest'
import { indexStory } from '../dataset/story-index'
import { buildStory } from '../testing/build-story'
import { buildDataset, buildEvent } from '../testing/builders'
import {
  clampWindow,
  defaultWindow,
  firstInView,
  fullWindow,
  isEventInWindow,
  MIN_WINDOW_MS,
  panWindow,
  VIEW_END,
  VIEW_START,
  windowShowing,
  windowToRead,
  zoomWindow,
} from './time-window'

const story = buildStory()
const event = (id: string) => {
  const found = story.eventsById.get(id)
  if (!found) throw new Error(id)
  return found
}
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`)

test('the default window shows the dense recent part, not the century', () => {
  const window = defaultWindow(story)
  expect(window.start).toBeGreaterThan(at('2023-06-01'))
  expect(window.end).toBeLessThan(at('2023-09-30'))
  for (const id of ['parade', 'letter', 'meeting']) expect(isEventInWindow(event(id), window)).toBe(true)
  expect(isEventInWindow(event('colonial-rule'), window)).toBe(false)
})

test('fit all covers every event', () => {
  const window = fullWindow(story)
  for (const item of story.events) expect(isEventInWindow(item, window)).toBe(true)
})

test('an event already in view leaves the window alone; another brings it into view', () => {
  const window = { start: at('2023-08-01'), end: at('2023-08-31') }
  expect(windowShowing(event('letter'), window)).toBe(window)
  const moved = windowShowing(event('parade'), { start: at('2023-08-10'), end: at('2023-10-09') })
  expect(isEventInWindow(event('parade'), moved)).toBe(true)
  expect(moved.end - moved.start).toBe(at('2023-10-09') - at('2023-08-10'))
})

test('a long event is shown whole when it does not fit the current window', () => {
  const window = windowShowing(event('colonial-rule'), { start: at('2023-08-10'), end: at('2023-08-20') })
  expect(window.start).toBeLessThanOrEqual(at('1910-01-01'))
  expect(window.end).toBeGreaterThanOrEqual(at('1945-12-31'))
})

test('zooming keeps the middle and stops at the narrowest window', () => {
  const window = { start: at('2023-08-01'), end: at('2023-08-03') }
  const zoomed = zoomWindow(window, 0.5)
  expect((zoomed.start + zoomed.end) / 2).toBe((window.start + window.end) / 2)
  expect(zoomed.end - zoomed.start).toBe(86_400_000)
  const tiny = zoomWindow(window, 0.0001)
  expect(tiny.end - tiny.start).toBe(MIN_WINDOW_MS)
})

test('"Fit all" shows every event, however many centuries the story spans', () => {
  for (const dates of [
    ['1066-10-14', '1215-06-15', '2023-08-15'],
    ['-9999', '9999-12-31'],
    ['-0043-03-15', '0079-08-24'],
  ]) {
    const spread = indexStory(
      buildDataset({
        events: dates.map((date, index) => buildEvent({ id: `e${index}`, date })),
        quotes: [],
      }),
    )
    const all = fullWindow(spread)
    for (const event of spread.events) expect(isEventInWindow(event, all), event.date).toBe(true)
  }
})

test('a window is held inside the years the timeline can show, keeping its length', () => {
  const length = 10 * 86_400_000
  const late = clampWindow({ start: VIEW_END, end: VIEW_END + length })
  expect(late).toEqual({ start: VIEW_END - length, end: VIEW_END })
  const early = panWindow({ start: VIEW_START, end: VIEW_START + length }, -3)
  expect(early).toEqual({ start: VIEW_START, end: VIEW_START + length })
  expect(clampWindow({ start: -8.64e15, end: 8.64e15 })).toEqual({ start: VIEW_START, end: VIEW_END })
})

test('choosing an event keeps the window, unless it is far too wide to read the event in', () => {
  const august = { start: at('2023-07-20'), end: at('2023-09-10') }
  expect(windowToRead(event('letter'), august)).toBe(august)
  // Decades wide (say after a long interval was shown): narrowed to eight weeks around the event.
  const decades = { start: at('1996-01-01'), end: at('2038-01-01') }
  const narrowed = windowToRead(event('letter'), decades)
  expect(narrowed.end - narrowed.start).toBe(56 * 86_400_000)
  expect(isEventInWindow(event('letter'), narrowed)).toBe(true)
  // A long event keeps a window that shows it whole.
  expect(windowToRead(event('colonial-rule'), { start: at('1900-01-01'), end: at('2000-01-01') })).toEqual({
    start: at('1900-01-01'),
    end: at('2000-01-01'),
  })
})

test('stepping from no selection starts from the events in view, not from the story’s first', () => {
  const august = { start: at('2023-08-01'), end: at('2023-08-31') }
  expect(firstInView(story.events, august, 1)?.id).toBe('letter')
  expect(firstInView(story.events, august, -1)?.id).toBe('meeting')
  const empty = { start: at('1960-01-01'), end: at('1961-01-01') }
  expect(firstInView(story.events, empty, 1)?.id).toBe('parade')
  expect(firstInView(story.events, empty, -1)?.id).toBe('colonial-rule')
})

test('zooming keeps the point it is given where it is', () => {
  const range = { start: 0, end: 1000 * 86_400_000 }
  const zoomed = zoomWindow(range, 0.5, 100 * 86_400_000)
  expect((zoomed.start + zoomed.end) / 2).toBe(100 * 86_400_000)
  expect(zoomed.end - zoomed.start).toBe(500 * 86_400_000)
})
