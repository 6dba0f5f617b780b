import fc from 'fast-check'
import { expect, test } from 'vitest'
import { validDataset } from '../testing/dataset-arbitraries'
import { indexStory } from './story-index'

test('every valid dataset indexes, its events in time order', () => {
  fc.assert(
    fc.property(validDataset, (dataset) => {
      const story = indexStory(dataset)
      const anchors = story.events.map((event) => event.when.anchor)
      expect(anchors).toEqual([...anchors].sort((a, b) => a - b))
    }),
    { numRuns: 200 },
  )
})
