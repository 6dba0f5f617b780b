import { expect, test } from 'vitest'
import { buildStory } from '../../../testing/build-story'
import { eventToTimelineItem } from './timeline-items'

const story = buildStory()
const event = (id: string) => {
  const found = story.eventsById.get(id)
  if (!found) throw new Error(id)
  return found
}

test('a day-precise event is a point at the middle of its day', () => {
  expect(eventToTimelineItem(event('letter'))).toEqual({
    kind: 'event',
    id: 'letter',
    type: 'point',
    start: Date.parse('2023-08-15T12:00:00Z'),
    label: 'Kim’s letter',
    tooltip: 'Kim’s letter — 15 August 2023',
    className: 'status-occurred precision-day',
  })
})

test('a month-precise event is a bar over the whole month, not a point on the 1st', () => {
  expect(eventToTimelineItem(event('parade'))).toMatchObject({
    type: 'range',
    start: Date.parse('2023-07-01T00:00:00Z'),
    end: Date.parse('2023-07-31T23:59:59.999Z'),
    className: 'status-occurred precision-month',
  })
})

test('an interval is a bar from the start of its first year to the end of its last', () => {
  expect(eventToTimelineItem(event('colonial-rule'))).toMatchObject({
    type: 'range',
    start: Date.parse('1910-01-01T00:00:00Z'),
    end: Date.parse('1945-12-31T23:59:59.999Z'),
  })
})

test('status, uncertainty and open ends are classes the stylesheet draws differently', () => {
  expect(eventToTimelineItem(event('meeting')).className).toContain('status-scheduled')
  const uncertain = {
    ...event('letter'),
    when: { ...event('letter').when, uncertain: true, earliest: -Infinity },
  }
  expect(eventToTimelineItem(uncertain).className).toBe(
    'status-occurred precision-day is-uncertain is-open-start',
  )
})

test('the label is the title as plain text, whatever characters it holds', () => {
  const hostile = { ...event('letter'), title: '<img src=x onerror=alert(1)>' }
  expect(eventToTimelineItem(hostile).label).toBe('<img src=x onerror=alert(1)>')
})

test('zoomed in to a few days, a day-precise event is a bar over its whole day, not a point at noon', () => {
  expect(eventToTimelineItem(event('letter'), { daysAsBars: true })).toMatchObject({
    type: 'range',
    start: Date.parse('2023-08-15T00:00:00Z'),
    end: Date.parse('2023-08-15T23:59:59.999Z'),
  })
})
