import { expect, test } from 'vitest'
import type { MapPoint } from './map-counts'
import { clusterAt, clusterPoints, markRadius, onlyEvent } from './point-clusters'

const first: MapPoint = { id: 'a', latitude: 0, longitude: 0, count: 1 }
const second: MapPoint = { id: 'b', latitude: 0, longitude: 0, count: 1 }
const third: MapPoint = { id: 'c', latitude: 0, longitude: 0, count: 1 }

test('points in one cell are one mark at their mean, with their count; others stay apart', () => {
  const clusters = clusterPoints(
    [
      { x: 10, y: 10, point: first },
      { x: 20, y: 14, point: second },
      { x: 200, y: 100, point: third },
    ],
    32,
    400,
    300,
  )
  expect(clusters).toHaveLength(2)
  expect(clusters[0]).toMatchObject({ x: 15, y: 12, count: 2 })
  expect(clusters[1]).toMatchObject({ x: 200, y: 100, count: 1, points: [third] })
  expect(clusters.map(onlyEvent)).toEqual([null, 'c'])
})

test('smaller cells (zoomed in) split a cluster; points outside the view are not drawn', () => {
  const points = [
    { x: 10, y: 10, point: first },
    { x: 20, y: 14, point: second },
    { x: -5, y: 10, point: third },
  ]
  expect(clusterPoints(points, 32, 400, 300).map((cluster) => cluster.count)).toEqual([2])
  expect(clusterPoints(points, 8, 400, 300).map((cluster) => cluster.count)).toEqual([1, 1])
})

test('an engine’s cells count their events: a mark sums them, weighted where it sits, and names no event', () => {
  const cell = (count: number): MapPoint => ({ id: null, latitude: 0, longitude: 0, count })
  const [mark] = clusterPoints(
    [
      { x: 10, y: 10, point: cell(300) },
      { x: 20, y: 10, point: cell(100) },
    ],
    32,
    400,
    300,
  )
  expect(mark).toMatchObject({ x: 12.5, y: 10, count: 400 })
  // A cell of one event is still a count, not an event to select: drawn with its number.
  const [lone] = clusterPoints([{ x: 10, y: 10, point: cell(1) }], 32, 400, 300)
  if (!lone) throw new Error('one mark expected')
  expect(onlyEvent(lone)).toBeNull()
  expect(markRadius(lone)).toBeGreaterThan(5)
})

test('the mark under the pointer is the nearest within its radius', () => {
  const clusters = clusterPoints([{ x: 100, y: 100, point: first }], 32, 400, 300)
  expect(clusterAt(clusters, 103, 102)?.points).toEqual([first])
  expect(clusterAt(clusters, 100 + 5 + 10, 100)).toBeNull()
})
