import type { IndexedEvent } from '../../dataset/story-index'

/** Points where they are drawn, in pixels of the map. */
export type PlacedPoint = { x: number; y: number; event: IndexedEvent }

/** A mark on the map: one event, or several near each other drawn as one with their count. */
export type Cluster = { x: number; y: number; count: number; events: IndexedEvent[] }

/**
 * Points gathered into clusters by a grid of `cell` pixels: every point of a cell is one mark, at
 * their mean position, with their count. A grid, not a distance search, keeps it one pass (100,000
 * points in a few milliseconds); zooming in makes cells smaller on the ground, so clusters split.
 * Points outside the `width` × `height` view are left out.
 */
export function clusterPoints(
  points: readonly PlacedPoint[],
  cell: number,
  width: number,
  height: number,
): Cluster[] {
  const byCell = new Map<number, { x: number; y: number; events: IndexedEvent[] }>()
  const columns = Math.ceil(width / cell) + 1
  for (const { x, y, event } of points) {
    if (!(x >= 0 && y >= 0 && x <= width && y <= height)) continue
    const key = Math.floor(y / cell) * columns + Math.floor(x / cell)
    const found = byCell.get(key)
    if (found) {
      found.x += x
      found.y += y
      found.events.push(event)
    } else byCell.set(key, { x, y, events: [event] })
  }
  return [...byCell.values()].map(({ x, y, events }) => ({
    x: x / events.length,
    y: y / events.length,
    count: events.length,
    events,
  }))
}

/** The mark under a pointer (within its drawn radius and a few pixels more), nearest first; or null. */
export function clusterAt(clusters: readonly Cluster[], x: number, y: number): Cluster | null {
  let best: Cluster | null = null
  let bestDistance = Number.POSITIVE_INFINITY
  for (const cluster of clusters) {
    const distance = Math.hypot(cluster.x - x, cluster.y - y)
    if (distance <= markRadius(cluster.count) + 4 && distance < bestDistance) {
      best = cluster
      bestDistance = distance
    }
  }
  return best
}

/**
 * A mark's radius in pixels: one event a dot of 5, growing slowly with the count, never wider than
 * its cell of the grid (36 px), so that neighbouring marks do not cover each other.
 */
export function markRadius(count: number): number {
  return count === 1 ? 5 : Math.min(16, 8 + Math.log10(count) * 3)
}
