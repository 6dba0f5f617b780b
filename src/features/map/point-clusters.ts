import type { MapPoint } from './map-counts'

/** Marks where they are drawn, in pixels of the map. */
export type PlacedPoint = { x: number; y: number; point: MapPoint }

/**
 * A mark on the map: one event, or several near each other (events, or an engine's cells counting
 * them) drawn as one with their count. `count` is the events', not the points'.
 */
export type Cluster = { x: number; y: number; count: number; points: MapPoint[] }

/** The id of the one event a mark stands for; null for a mark of several, or of a cell (it names none). */
export function onlyEvent(mark: Cluster): string | null {
  const [only] = mark.points
  return mark.points.length === 1 && only && only.id !== null ? only.id : null
}

/**
 * Points gathered into clusters by a grid of `cell` pixels: every point of a cell is one mark, at
 * their mean position weighted by their counts, with the sum of their counts. A grid, not a distance
 * search, keeps it one pass (100,000 points in a few milliseconds); zooming in makes cells smaller on
 * the ground, so clusters split. Points outside the `width` × `height` view are left out.
 */
export function clusterPoints(
  points: readonly PlacedPoint[],
  cell: number,
  width: number,
  height: number,
): Cluster[] {
  const byCell = new Map<number, Cluster>()
  const columns = Math.ceil(width / cell) + 1
  for (const { x, y, point } of points) {
    if (!(x >= 0 && y >= 0 && x <= width && y <= height)) continue
    const key = Math.floor(y / cell) * columns + Math.floor(x / cell)
    const found = byCell.get(key)
    const weight = point.count
    if (found) {
      found.x += x * weight
      found.y += y * weight
      found.count += weight
      found.points.push(point)
    } else byCell.set(key, { x: x * weight, y: y * weight, count: weight, points: [point] })
  }
  return [...byCell.values()].map(({ x, y, count, points: gathered }) => ({
    x: x / count,
    y: y / count,
    count,
    points: gathered,
  }))
}

/** The mark under a pointer (within its drawn radius and a few pixels more), nearest first; or null. */
export function clusterAt(clusters: readonly Cluster[], x: number, y: number): Cluster | null {
  let best: Cluster | null = null
  let bestDistance = Number.POSITIVE_INFINITY
  for (const cluster of clusters) {
    const distance = Math.hypot(cluster.x - x, cluster.y - y)
    if (distance <= markRadius(cluster) + 4 && distance < bestDistance) {
      best = cluster
      bestDistance = distance
    }
  }
  return best
}

/**
 * A mark's radius in pixels: one event a dot of 5; a count (of several, or of a cell, even of one:
 * its number is written in it) growing slowly with it, never wider than its cell of the grid (36 px),
 * so that neighbouring marks do not cover each other.
 */
export function markRadius(mark: Pick<Cluster, 'count' | 'points'>): number {
  const single = mark.points.length === 1 && mark.points[0]?.id !== null
  return single ? 5 : Math.min(16, 8 + Math.log10(Math.max(mark.count, 2)) * 3)
}
