import fc from 'fast-check'
import { expect, test } from 'vitest'
import { indexStory } from '../../dataset/story-index'
import { generateDataset } from '../../testing/synthetic-dataset'
import { quotesOf } from './quotes-of'

const story = indexStory(generateDataset(3000, 7))

// What the panel lists, by ids: each quote with its event.
const ids = (quotes: ReturnType<typeof quotesOf>) =>
  quotes.map(({ quote, event }) => `${event.id}:${quote.id}`)
// The same events' quotes looked up one event at a time, as the few-events path does.
const oneByOne = (events: typeof story.events) =>
  events.flatMap((event) =>
    (story.quotesByEvent.get(event.id) ?? []).map((quote) => `${event.id}:${quote.id}`),
  )

test('the quotes of any subset of the story’s events, in its order, are found by the walk as by ids', () => {
  expect(story.dataset.quotes.length).toBeGreaterThan(100)
  fc.assert(
    fc.property(
      fc.array(fc.boolean(), { minLength: story.events.length, maxLength: story.events.length }),
      (kept) => {
        const events = story.events.filter((_, index) => kept[index])
        expect(ids(quotesOf(story, events))).toEqual(oneByOne(events))
      },
    ),
    { numRuns: 20 },
  )
  expect(ids(quotesOf(story, story.events))).toEqual(oneByOne(story.events))
})

test('events out of the story’s order still get all their quotes, in the order given', () => {
  const reversed = [...story.events].reverse()
  expect(ids(quotesOf(story, reversed))).toEqual(oneByOne(reversed))
})
