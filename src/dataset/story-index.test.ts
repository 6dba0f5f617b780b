import { expect, test } from 'vitest'
import { buildStory } from '../testing/build-story'
import { parseEdtf } from './dates/parse-edtf'
import type { StoryDate } from './dates/story-date'
import { indexStory } from './story-index'

test('finds every event by its id, the indexed event itself, with one map for the story', () => {
  const story = buildStory()
  for (const event of story.events) expect(story.eventsById.get(event.id)).toBe(event)
  expect(story.eventsById.size).toBe(story.events.length)
  expect(story.eventsById.has('no-such-event')).toBe(false)
  expect(story.eventsById).toBe(story.eventsById)
})

test('lists events in time order', () => {
  const anchors = buildStory().events.map((event) => event.when.anchor)
  expect(anchors).toEqual([...anchors].sort((a, b) => a - b))
})

test('takes the load worker’s parsed dates when they fit the dataset, and parses its own when not', () => {
  const { dataset } = buildStory()
  const texts = [...new Set(dataset.events.map((event) => event.date))]
  // Copies, as a message from the worker would bring: the index must use these very objects.
  const distinct = texts.map((text) => structuredClone(parseOk(text)))
  const ofEvent = Int32Array.from(dataset.events, (event) => texts.indexOf(event.date))
  const published = structuredClone(parseOk(dataset.source.published ?? ''))
  const story = indexStory(dataset, { distinct, ofEvent, published })
  for (const event of story.events) expect(event.when).toBe(distinct[texts.indexOf(event.date)])
  expect(story.published).toBe(published)

  const short = indexStory(dataset, { distinct, ofEvent: ofEvent.slice(1), published })
  for (const event of short.events) {
    expect(event.when).toEqual(parseOk(event.date))
    expect(distinct).not.toContain(event.when)
  }
})

function parseOk(text: string): StoryDate {
  const result = parseEdtf(text)
  if (!result.ok) throw new Error(`not a date: ${text}`)
  return result.date
}
