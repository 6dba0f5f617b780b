import type { Timeline } from 'vis-timeline/esnext'
import { expect, test, vi } from 'vitest'
import { batchItemShows } from './batch-item-shows'
import { realTimeline } from './real-timeline'

type GroupInside = { items: Record<string, unknown>; _checkIfVisible: (...args: unknown[]) => unknown }

// The real vis-timeline: the patch leans on its internals, so an upgrade that changes them must fail
// here rather than quietly slow the page down. (Unpatched, adding two items runs the group's
// visibility check, and so a layout, twice: once per item. jsdom draws no item, patched or not, having
// no layout: that items are drawn is the end-to-end tests' part.)
test('the patch finds vis-timeline’s Group class: an added item is recorded, not shown on its own', () => {
  const { timeline, items, remove } = realTimeline()
  expect(batchItemShows(timeline)).toBe(true)
  // Patched once: a second call finds it done.
  expect(batchItemShows(timeline)).toBe(true)
  const group = (timeline as unknown as { itemSet: { groups: Record<string, GroupInside> } }).itemSet.groups
    .__ungrouped__
  if (!group) throw new Error('vis-timeline has no ungrouped group')
  const check = vi.spyOn(Object.getPrototypeOf(group) as GroupInside, '_checkIfVisible')
  items.add([
    { id: 'a', content: 'first', start: 2000 },
    { id: 'b', content: 'second', start: 4000 },
  ])
  expect(Object.keys(group.items).sort()).toEqual(['a', 'b'])
  expect(check).not.toHaveBeenCalled()
  remove()
})

test('a timeline without the internals it expects is left as shipped', () => {
  expect(batchItemShows({} as Timeline)).toBe(false)
})
