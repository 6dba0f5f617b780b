import type { Timeline } from 'vis-timeline/esnext'
import { expect, test, vi } from 'vitest'
import { deferItemRedraws } from './deferred-item-redraws'
import { realTimeline } from './real-timeline'

type ItemSetInside = {
  redraw: () => unknown
  items: Record<
    string,
    { data: { content: string }; dirty: boolean; displayed: boolean; redraw: () => unknown }
  >
}

// The real vis-timeline: the patch leans on its internals, so an upgrade that changes them fails here.
// (jsdom has no layout, so vis-timeline never draws here; what is checked is when it is asked to.)
function makeTimeline(patched: boolean) {
  const { timeline, items, remove } = realTimeline()
  if (patched) expect(deferItemRedraws(timeline)).toBe(true)
  const inside = timeline as unknown as {
    itemSet: ItemSetInside
    body: { emitter: { emit: (...args: unknown[]) => unknown } }
  }
  const redraw = vi.spyOn(inside.itemSet, 'redraw')
  const emit = vi.spyOn(inside.body.emitter, 'emit')
  const change = () => {
    items.add([
      { id: 'a', content: 'first', start: 2000 },
      { id: 'b', content: 'second', start: 4000 },
    ])
    items.update({ id: 'a', content: 'changed', start: 2000 })
    items.remove('b')
  }
  return { itemSet: inside.itemSet, redraw, emit, change, done: remove }
}

test('as shipped, each change to the items redraws the item set at once', () => {
  const { redraw, change, done } = makeTimeline(false)
  change()
  expect(redraw).toHaveBeenCalledTimes(3)
  done()
})

test('with the patch, the changes are taken at once and only a redraw at the next frame is asked for', () => {
  const { itemSet, redraw, emit, change, done } = makeTimeline(true)
  change()
  expect(Object.keys(itemSet.items)).toEqual(['a'])
  expect(itemSet.items.a?.data.content).toBe('changed')
  expect(redraw).not.toHaveBeenCalled()
  expect(emit).toHaveBeenCalledWith('_change', { queue: true })
  done()
})

test('an item given new data while displayed is marked dirty, and redrawn with the item set’s next redraw', () => {
  const { timeline, items, remove } = realTimeline([{ id: 'a', content: 'first', start: 2000 }])
  deferItemRedraws(timeline)
  const item = (timeline as unknown as { itemSet: ItemSetInside }).itemSet.items.a
  if (!item) throw new Error('no item')
  item.displayed = true
  const steps = [vi.fn(), vi.fn()]
  const redraw = vi.spyOn(item, 'redraw').mockImplementation(() => steps)
  items.update({ id: 'a', content: 'changed', start: 2000 })
  expect(redraw).not.toHaveBeenCalled()
  expect(item.dirty).toBe(true)
  expect(item.displayed).toBe(true)
  ;(timeline as unknown as { itemSet: ItemSetInside }).itemSet.redraw()
  expect(redraw).toHaveBeenCalledWith(true)
  for (const step of steps) expect(step).toHaveBeenCalled()
  item.displayed = false
  remove()
})

test('a timeline without the internals it expects is left as shipped', () => {
  expect(deferItemRedraws({} as Timeline)).toBe(false)
})
