import { act, render } from '@testing-library/react'
import { StrictMode } from 'react'
import { beforeEach, expect, test, vi } from 'vitest'
import type { TimeRange } from '../../../lib/time-range'
import type { TimelineItem } from '../items/timeline-items'
import { TimelineView } from './timeline-view'
import { visIdOf } from './use-timeline-items'

// vis-timeline stood in for by a recorder: what the wrapper asks of it is what these tests check.
// Hoisted with the mock below, which vitest moves above the imports.
type Handler = (properties: never) => void
const { FakeTimeline, made } = vi.hoisted(() => {
  const made: FakeTimeline[] = []
  class FakeTimeline {
    destroyed = false
    handlers = new Map<string, Handler>()
    windows: TimeRange[] = []
    selections: string[][] = []
    options: unknown[] = []
    shown: TimeRange
    selection: string[] = []
    constructor(
      readonly container: HTMLElement,
      readonly items: { get(): Array<{ id: string }> },
      options: { zoomMin: number; zoomMax: number },
    ) {
      this.options.push(options)
      this.shown = { start: 0, end: 1 }
      made.push(this)
    }
    on(name: string, handler: Handler) {
      this.handlers.set(name, handler)
    }
    off(name: string, handler: Handler) {
      if (this.handlers.get(name) === handler) this.handlers.delete(name)
    }
    destroy() {
      this.destroyed = true
    }
    getWindow() {
      return { start: new Date(this.shown.start), end: new Date(this.shown.end) }
    }
    setWindow(start: number, end: number) {
      this.windows.push({ start, end })
      this.shown = { start, end }
    }
    getSelection() {
      return this.selection
    }
    setSelection(ids: string[]) {
      this.selections.push(ids)
      this.selection = ids
    }
    setOptions(options: unknown) {
      this.options.push(options)
    }
    /** What vis-timeline does when the reader acts. */
    emit(name: string, properties: unknown) {
      this.handlers.get(name)?.(properties as never)
    }
  }
  return { FakeTimeline, made }
})

vi.mock('vis-timeline/esnext', () => ({ Timeline: FakeTimeline }))
vi.mock('vis-timeline/styles/vis-timeline-graph2d.min.css', () => ({}))
vi.mock('../patches/batch-item-shows', () => ({ batchItemShows: () => true }))

beforeEach(() => {
  made.length = 0
})

const live = () => made.filter((timeline) => !timeline.destroyed)
const only = () => {
  const [timeline, ...others] = live()
  if (!timeline || others.length) throw new Error(`${live().length} live timelines`)
  return timeline
}
const drawnIds = () =>
  only()
    .items.get()
    .map((item) => item.id)
    .sort()
const asVis = (...ids: string[]) => ids.map((id) => visIdOf(id))

const event = (id: string, start: number): TimelineItem => ({
  kind: 'event',
  id,
  type: 'point',
  start,
  label: id,
  tooltip: id,
  className: 'status-occurred',
})
const LIMITS = { zoomMin: 10, zoomMax: 1e9, min: -1e12, max: 1e12 }
const AUGUST = { start: Date.UTC(2023, 7, 1), end: Date.UTC(2023, 8, 1) }

function renderView(props: Partial<Parameters<typeof TimelineView>[0]> = {}) {
  const onChoose = vi.fn()
  const onUserRangeChange = vi.fn()
  const base = {
    items: [event('a', AUGUST.start + 1), event('b', AUGUST.start + 2)],
    visibleWindow: AUGUST,
    selectedId: null,
    limits: LIMITS,
    onChoose,
    onUserRangeChange,
    ...props,
  }
  const view = render(
    <StrictMode>
      <TimelineView {...base} />
    </StrictMode>,
  )
  const rerender = (next: Partial<Parameters<typeof TimelineView>[0]>) =>
    view.rerender(
      <StrictMode>
        <TimelineView {...base} {...next} />
      </StrictMode>,
    )
  return { ...view, rerender, onChoose, onUserRangeChange }
}

test('under Strict Mode one timeline is live, made with the limits given, and it is destroyed on unmount', () => {
  const { unmount } = renderView()
  expect(live()).toHaveLength(1)
  expect(only().options[0]).toMatchObject(LIMITS)
  unmount()
  expect(live()).toHaveLength(0)
  // Every listener registered was removed.
  expect(made.every((timeline) => timeline.handlers.size === 0)).toBe(true)
})

test('a filter changes the items in place, without making a new timeline', () => {
  const { rerender } = renderView()
  const timeline = only()
  expect(drawnIds()).toEqual(asVis('a', 'b'))
  rerender({ items: [event('b', AUGUST.start + 2), event('c', AUGUST.start + 3)] })
  expect(only()).toBe(timeline)
  expect(drawnIds()).toEqual(asVis('b', 'c'))
})

test('the window is set when it changes, and not again when the timeline already shows it', () => {
  const { rerender } = renderView()
  const timeline = only()
  expect(timeline.windows).toEqual([AUGUST])
  // An equal window, and one within the timeline's own rounding, make no call.
  rerender({ visibleWindow: { ...AUGUST } })
  rerender({ visibleWindow: { start: AUGUST.start + 1000, end: AUGUST.end } })
  expect(timeline.windows).toHaveLength(1)
  const july = { start: Date.UTC(2023, 6, 1), end: Date.UTC(2023, 7, 1) }
  rerender({ visibleWindow: july })
  expect(timeline.windows).toEqual([AUGUST, july])
})

test('only the reader’s own pans and zooms are reported, not the windows this code set', () => {
  const { onUserRangeChange } = renderView()
  const timeline = only()
  act(() => timeline.emit('rangechanged', { start: new Date(1), end: new Date(2), byUser: false }))
  expect(onUserRangeChange).not.toHaveBeenCalled()
  act(() => timeline.emit('rangechanged', { start: new Date(3), end: new Date(4), byUser: true }))
  expect(onUserRangeChange).toHaveBeenCalledWith({ start: 3, end: 4 })
})

test('choosing an item hands the item itself up, a counting bar with its span; empty space is null', () => {
  const bar: TimelineItem = {
    kind: 'count',
    id: 'count:1000:5',
    type: 'range',
    start: 5000,
    end: 6000,
    label: '12',
    tooltip: '12 events',
    className: 'aggregate',
  }
  const { onChoose } = renderView({ items: [event('a', 1), bar] })
  const timeline = only()
  act(() => timeline.emit('select', { items: asVis('count:1000:5') }))
  expect(onChoose).toHaveBeenLastCalledWith(bar)
  act(() => timeline.emit('select', { items: asVis('a') }))
  expect(onChoose).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'event', id: 'a' }))
  act(() => timeline.emit('select', { items: [] }))
  expect(onChoose).toHaveBeenLastCalledWith(null)
})

test('the selection is applied once its item is drawn, and the latest callbacks are the ones called', () => {
  const first = vi.fn()
  const { rerender } = renderView({ selectedId: 'c', onChoose: first })
  const timeline = only()
  // "c" is not drawn yet: nothing to select.
  expect(timeline.selection).toEqual([])
  rerender({ selectedId: 'c', items: [event('c', AUGUST.start + 3)] })
  expect(timeline.selection).toEqual(asVis('c'))
  const latest = vi.fn()
  rerender({ selectedId: 'c', items: [event('c', AUGUST.start + 3)], onChoose: latest })
  act(() => timeline.emit('select', { items: [] }))
  expect(latest).toHaveBeenCalledWith(null)
  expect(first).not.toHaveBeenCalled()
})

test('limits given later are passed on; the same limits are not set again', () => {
  const { rerender } = renderView()
  const timeline = only()
  const made = timeline.options.length
  rerender({ limits: { ...LIMITS } })
  expect(timeline.options).toHaveLength(made)
  rerender({ limits: { ...LIMITS, zoomMin: 20 } })
  expect(timeline.options.at(-1)).toEqual({ ...LIMITS, zoomMin: 20 })
})

test('the drawing fills its frame, or grows with its rows, set on the live timeline', () => {
  const { rerender } = renderView()
  const timeline = only()
  expect(timeline.options.at(-1)).toEqual({ maxHeight: '100%' })
  rerender({ sizing: 'grow-with-content' })
  expect(only()).toBe(timeline)
  expect(timeline.options.at(-1)).toEqual({ maxHeight: 'none' })
})
