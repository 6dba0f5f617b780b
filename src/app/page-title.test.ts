import { expect, test } from 'vitest'
import { pageTitle } from './page-title'

const storyTitle = 'Kim and Putin pledge closer ties'

test('the story alone, or with its filters', () => {
  expect(pageTitle({ storyTitle })).toBe('Kim and Putin pledge closer ties — Story Timeline')
  expect(pageTitle({ storyTitle, filtersInWords: 'North Korea' })).toBe(
    'Kim and Putin pledge closer ties: North Korea — Story Timeline',
  )
  const long = pageTitle({ storyTitle, filtersInWords: 'x'.repeat(200) })
  expect(long).toBe(`Kim and Putin pledge closer ties: ${'x'.repeat(79)}… — Story Timeline`)
})

test('the selected event, over the filters', () => {
  expect(pageTitle({ storyTitle, eventTitle: 'Kim’s letter to Putin', filtersInWords: 'North Korea' })).toBe(
    'Kim’s letter to Putin — Kim and Putin pledge closer ties',
  )
})

test('story mode: the narrative at its cover, the event and the step after it', () => {
  const story = { title: 'The letters, as the article tells it', steps: 12 }
  expect(pageTitle({ storyTitle, story: { ...story, step: 0 } })).toBe(
    'The letters, as the article tells it — Kim and Putin pledge closer ties',
  )
  expect(pageTitle({ storyTitle, eventTitle: 'Victory over Japan', story: { ...story, step: 3 } })).toBe(
    'Victory over Japan (step 3 of 12) — Kim and Putin pledge closer ties',
  )
})
