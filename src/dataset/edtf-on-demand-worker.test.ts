import { expect, it } from 'vitest'
import { datasetDated } from '../testing/dated-dataset'
import { readableNow } from './dates/read-edtf'
import type { StoryDate } from './dates/story-date'
import { indexStory, storyDatesReadable } from './story-index'

// As edtf-on-demand.test.ts, in a module graph of its own (edtf.js, once plugged in, stays): a story
// whose dates the load worker read, shown by the page, whose timeline reads its rows' dates again.

it('loads edtf.js before a story whose dates the worker read is shown, if a view is to read one again', async () => {
  const decade: StoryDate = {
    edtf: '156X',
    shape: 'range',
    precision: 'decade',
    earliest: Date.UTC(1560, 0, 1),
    latest: Date.UTC(1570, 0, 1) - 1,
    anchor: Date.UTC(1560, 0, 1),
    uncertain: false,
    approximate: false,
    label: '1560s',
  }
  const story = indexStory(datasetDated('156X'), {
    distinct: [decade],
    ofEvent: Int32Array.of(0),
    published: undefined,
  })
  expect(readableNow('156X')).toBeNull()
  await storyDatesReadable(story)
  expect(readableNow('156X')?.ok).toBe(true)
})
