import { act, render } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import type { TimelineItem } from '../items/timeline-items'
import { TimelineView } from './timeline-view'

// The real vis-timeline (not mocked): what the ids of a dataset can do to it.
vi.mock('vis-timeline/styles/vis-timeline-graph2d.min.css', () => ({}))

const item = (id: string): TimelineItem => ({
  kind: 'event',
  id,
  type: 'point',
  start: 5000,
  label: id,
  tooltip: id,
  className: 'status-occurred',
})
const props = {
  visibleWindow: { start: 0, end: 10_000 },
  selectedId: null,
  limits: { zoomMin: 10, zoomMax: 1e12, min: -1e12, max: 1e12 },
  onChoose: () => {},
  onUserRangeChange: () => {},
}

test('any event id works on the timeline, the names of Object.prototype’s members included', () => {
  // "constructor" is the one member of Object.prototype that is a valid slug; the others are ids a
  // future format or an importer might let through.
  const ids = ['constructor', 'hasOwnProperty', 'toString', '__proto__', 'valueOf', 'a']
  const view = render(<TimelineView {...props} items={ids.map(item)} />)
  act(() => view.rerender(<TimelineView {...props} items={[item('a')]} selectedId="a" />))
  act(() => view.rerender(<TimelineView {...props} items={ids.map(item)} selectedId="constructor" />))
  act(() => view.rerender(<TimelineView {...props} items={[]} />))
  view.unmount()
  expect(view.container.childElementCount).toBe(0)
})

test('markers come and go with the timeline, its unmount included (the timeline is destroyed first)', () => {
  // jsdom lays nothing out, so vis-timeline draws no marker here: that they are drawn is the e2e
  // tests' part. This holds the adding, moving and removing, which once threw on unmount.
  const marker = { id: 'published', at: 5000, label: 'Published 15 August 2023' }
  const view = render(<TimelineView {...props} items={[item('a')]} markers={[marker]} />)
  act(() =>
    view.rerender(<TimelineView {...props} items={[item('a')]} markers={[{ ...marker, at: 6000 }]} />),
  )
  act(() => view.rerender(<TimelineView {...props} items={[item('a')]} markers={[]} />))
  act(() => view.rerender(<TimelineView {...props} items={[item('a')]} markers={[marker]} />))
  expect(() => view.unmount()).not.toThrow()
})
