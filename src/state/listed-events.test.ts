import { expect, test } from 'vitest'
import { indexStory } from '../dataset/story-index'
import { buildDataset, buildEvent } from '../testing/builders'
import { LIST_ALL_LIMIT, listedEvents } from './listed-events'

// One event a day through 2020 and 2021: 731 events, more than the list shows whole.
const days = Array.from({ length: 731 }, (_, day) => new Date(Date.UTC(2020, 0, 1 + day)))
const story = indexStory(
  buildDataset({
    events: days.map((day, index) =>
      buildEvent({ id: `day-${index}`, title: `Day ${index}`, date: day.toISOString().slice(0, 10) }),
    ),
    quotes: [],
  }),
)
const year2021 = { start: Date.UTC(2021, 0, 1), end: Date.UTC(2022, 0, 1) }

test('an ordinary number of matching events is listed whole, whatever the window', () => {
  const matching = story.events.slice(0, LIST_ALL_LIMIT)
  expect(listedEvents(matching, year2021)).toEqual({ events: matching, note: null })
})

test('past the limit, every matching event in the window is listed, with no cap, and the note says so', () => {
  const { events, note } = listedEvents(story.events, year2021)
  expect(events).toHaveLength(365)
  expect(events[0]?.id).toBe('day-366')
  expect(events.at(-1)?.id).toBe('day-730')
  expect(note).toBe("731 events match; listed are the 365 in the timeline's window.")
})

test('past the limit, a window holding none lists none and says so', () => {
  const { events, note } = listedEvents(story.events, {
    start: Date.UTC(1990, 0, 1),
    end: Date.UTC(1991, 0, 1),
  })
  expect(events).toEqual([])
  expect(note).toBe("731 events match; none is in the timeline's window.")
})
