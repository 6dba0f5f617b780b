import { expect, test } from 'vitest'
import { indexStory } from '../../dataset/story-index'
import { generateDataset } from '../../testing/synthetic-dataset'
import { clusterAt, clusterPoints, markRadius } from './point-clusters'

const [first, second, third] = indexStory(generateDataset(3, 1)).events
if (!first || !second || !third) throw new Error('expected three events')

test('points in one cell are one mark at their mean, with their count; others stay apart', () => {
  const clusters = clusterPoints(
    [
      { x: 10, y: 10, event: first },
      { x: 20, y: 14, event: second },
      { x: 200, y: 100, event: third },
    ],
    32,
    400,
    300,
  )
  expect(clusters).toHaveLength(2)
  expect(clusters[0]).toMatchObject({ x: 15, y: 12, count: 2 })
  expect(clusters[1]).toMatchObject({ x: 200, y: 100, count: 1, events: [third] })
})

test('smaller cells (zoomed in) split a cluster; points outside the view are not drawn', () => {
  const points = [
    { x: 10, y: 10, event: first },
    { x: 20, y: 14, event: second },
    { x: -5, y: 10, event: third },
  ]
  expect(clusterPoints(points, 32, 400, 300).map((cluster) => cluster.count)).toEqual([2])
  expect(clusterPoints(points, 8, 400, 300).map((cluster) => cluster.count)).toEqual([1, 1])
})

test('the mark under the pointer is the nearest within its radius', () => {
  const clusters = clusterPoints([{ x: 100, y: 100, event: first }], 32, 400, 300)
  expect(clusterAt(clusters, 103, 102)?.events).toEqual([first])
  expect(clusterAt(clusters, 100 + markRadius(1) + 10, 100)).toBeNull()
})
