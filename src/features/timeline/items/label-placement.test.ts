import { expect, test } from 'vitest'
import { placeLabels } from './label-placement'
import type { TimelineItem } from './timeline-items'

const shown = { start: 0, end: 1000 }
// 1 ms is 1 px across a 1,000 px frame; a label is 6 px a character.
const layout = { widthPx: 1000, textWidth: (text: string) => text.length * 6 }
const point = (start: number, label = 'x'.repeat(30)): TimelineItem => ({
  kind: 'event',
  id: `at-${start}`,
  type: 'point',
  start,
  label,
  tooltip: label,
  className: '',
})

test('a point label that fits after its dot stays there', () => {
  const [item] = placeLabels([point(100)], shown, layout)
  expect(item?.labelSide).toBeUndefined()
  expect(item?.labelMaxPx).toBeUndefined()
})

test('near the right edge a label goes before its dot', () => {
  // 180 px of text and 22 px of dot and padding do not fit in the last 100 px.
  const [item] = placeLabels([point(900)], shown, layout)
  expect(item?.labelSide).toBe('before')
  expect(item?.labelMaxPx).toBeUndefined()
})

test('with no room on either side, the label takes the wider side and is shortened to fit', () => {
  const narrow = { widthPx: 200, textWidth: layout.textWidth }
  const [late, early] = placeLabels([point(150), point(40)], { start: 0, end: 200 }, narrow)
  expect(late).toMatchObject({ labelSide: 'before', labelMaxPx: 150 - 22 })
  expect(early?.labelSide).toBeUndefined()
  expect(early?.labelMaxPx).toBe(200 - 40 - 22)
})

test('a bar running past the right edge is labelled within the part in view', () => {
  const bar: TimelineItem = { ...point(850), type: 'range', end: 2000 }
  const whole: TimelineItem = { ...point(100), type: 'range', end: 400 }
  const [cut, inside] = placeLabels([bar, whole], shown, layout)
  expect(cut?.labelMaxPx).toBe(1000 - 850 - 12)
  expect(inside).toBe(whole)
  // A bar narrower than its label, with room after it: the label is drawn past the bar's end, whole.
  const [short] = placeLabels([{ ...whole, end: 200 }], shown, layout)
  expect(short).toMatchObject({ className: ' label-past-bar' })
  expect(short?.labelMaxPx).toBeUndefined()
  // Less room after it than the label needs, but more than in the bar: shortened there.
  const [later] = placeLabels([{ ...whole, start: 840, end: 860 }], shown, layout)
  expect(later).toMatchObject({ className: ' label-past-bar', labelMaxPx: 1000 - 860 - 22 })
  // Less room after it than in the bar (near the right edge): cut to the bar, with an ellipsis.
  const [late] = placeLabels([{ ...whole, start: 800, end: 900 }], shown, layout)
  expect(late?.labelMaxPx).toBe(100 - 12)
  expect(late?.className).toBe('')
})

test('items out of view and counting bars are left as they are', () => {
  const count: TimelineItem = { ...point(990), kind: 'count' }
  const items = [point(-50), point(1200), count]
  expect(placeLabels(items, shown, layout)).toEqual(items)
})
