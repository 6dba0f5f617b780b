import { expect, test } from 'vitest'
import { indexStory } from '../../../dataset/story-index'
import { buildDataset, buildEvent } from '../../../testing/builders'
import { eraBands, MOST_BANDS } from './era-bands'

const storyOf = (dates: string[]) =>
  indexStory(
    buildDataset({ quotes: [], events: dates.map((date, index) => buildEvent({ id: `e${index}`, date })) }),
  )

test('a long interval the source states is a band; a coarse date or a short interval is not', () => {
  const story = storyOf(['1910/1945', '2023', '2023-07/2023-08', '2023-08-15'])
  const bands = eraBands(story.events, story.extent.end - story.extent.start)
  expect(bands).toHaveLength(1)
  expect(bands[0]).toMatchObject({ kind: 'band', type: 'background', id: 'band:e0', label: '' })
  const colonial = story.eventsById.get('e0')
  expect(bands[0]?.start).toBe(colonial?.span.start)
  expect(bands[0]?.end).toBe(colonial?.span.end)
})

test('an interval is an era only when long beside the story: two years in a story of a century is not', () => {
  const story = storyOf(['1900', '1950/1952', '2000'])
  expect(eraBands(story.events, story.extent.end - story.extent.start)).toEqual([])
  const short = storyOf(['1950', '1950/1952', '1955'])
  expect(eraBands(short.events, short.extent.end - short.extent.start)).toHaveLength(1)
})

test(`at most ${MOST_BANDS} bands, the longest`, () => {
  const story = storyOf(Array.from({ length: 10 }, (_, index) => `${1900 + index}/${1950 + index * 5}`))
  const bands = eraBands(story.events, story.extent.end - story.extent.start)
  expect(bands).toHaveLength(MOST_BANDS)
  expect(bands[0]?.id).toBe('band:e9')
})
