import type { Timeline } from 'vis-timeline/esnext'
import { expect, test } from 'vitest'
import { patchLabelsBefore } from './label-before-patch'
import { realTimeline } from './real-timeline'

type PointPrototype = { repositionX: () => void }

// The real vis-timeline: the patch leans on its PointItem class, so an upgrade that renames or moves it
// fails here rather than quietly drawing labels out of the frame again. (jsdom lays nothing out: where
// a label is drawn is the end-to-end tests' part.)
test('the patch finds vis-timeline’s PointItem class and places labels itself', () => {
  const { timeline, remove } = realTimeline()
  expect(patchLabelsBefore(timeline)).toBe(true)
  // Patched once: a second call finds it done.
  expect(patchLabelsBefore(timeline)).toBe(true)
  const pointItem = (
    timeline as unknown as { itemSet: { constructor: { types: { point: { prototype: PointPrototype } } } } }
  ).itemSet.constructor.types.point
  expect(pointItem.prototype.repositionX.name).toBe('repositionXBeforeOrAfter')
  remove()
})

test('a timeline without the internals it expects is left as shipped', () => {
  expect(patchLabelsBefore({} as Timeline)).toBe(false)
})
