import type { Timeline } from 'vis-timeline/esnext'
import { expect, test, vi } from 'vitest'
import { realTimeline } from './real-timeline'
import { readOverflow, revealItem, scrollByViews } from './vertical-scroll'

type CoreInside = {
  props: { scrollTop: unknown; centerContainer: unknown }
  itemSet: { items: Record<string, Record<string, unknown>>; groups: Record<string, unknown> }
  _setScrollTop: (scrollTop: number) => number
  _redraw: () => void
}

// The real vis-timeline: the cues for rows out of sight and the scrolling to a selected event read its
// Core's scroll position and its items' places, none of them in its typings. An upgrade that renames
// them fails here, where on the page the cues would only stop showing.
test('the scroll reads and moves vis-timeline’s own scroll position', () => {
  const { timeline, remove } = realTimeline([{ id: 'a', content: 'first', start: 2000 }])
  const inside = timeline as unknown as CoreInside
  expect(inside.props.scrollTop).toBeTypeOf('number')
  // Its height is measured on the first redraw, which jsdom (no layout) never asks for.
  expect(inside.props.centerContainer).toBeTypeOf('object')
  expect(inside.itemSet.groups).toHaveProperty('__ungrouped__')
  const item = inside.itemSet.items.a
  for (const field of ['top', 'height', 'displayed', 'parent']) expect(item).toHaveProperty(field)
  const setScrollTop = vi.spyOn(inside, '_setScrollTop')
  const redraw = vi.spyOn(inside, '_redraw')
  scrollByViews(timeline, 1)
  expect(setScrollTop).toHaveBeenCalledOnce()
  expect(redraw).toHaveBeenCalledOnce()
  // jsdom draws no item: none is out of sight, and the item is not drawn yet to be revealed.
  expect(readOverflow(timeline)).toEqual({ above: 0, below: 0, unit: 'events' })
  expect(revealItem(timeline, 'a')).toBe(false)
  remove()
})

test('a timeline without the internals it expects is neither read nor scrolled', () => {
  const bare = {} as Timeline
  expect(readOverflow(bare)).toEqual({ above: 0, below: 0, unit: 'events' })
  expect(() => scrollByViews(bare, 1)).not.toThrow()
  expect(revealItem(bare, 'a')).toBe(false)
})
