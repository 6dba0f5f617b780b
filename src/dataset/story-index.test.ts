import { expect, test } from 'vitest'
import { buildStory } from '../testing/build-story'

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
