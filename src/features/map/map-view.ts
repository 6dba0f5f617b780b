import type { GeoProjection } from 'd3-geo'
import { formatMapParam, type MapCentre } from '../../state/geo-area'

/** How the map is zoomed and moved: a point p of the fitted world is drawn at (x + k·p.x, y + k·p.y). */
export type MapView = { k: number; x: number; y: number }

export const WHOLE_WORLD: MapView = { k: 1, x: 0, y: 0 }
const MOST_ZOOM = 40

/** The view zoomed by `factor` about a point of the frame (the pointer, a mark, the centre). */
export function zoomedAbout(
  view: MapView,
  factor: number,
  at: { x: number; y: number },
  size: Size,
): MapView {
  const k = Math.min(MOST_ZOOM, Math.max(1, view.k * factor))
  const scale = k / view.k
  return held({ k, x: at.x - (at.x - view.x) * scale, y: at.y - (at.y - view.y) * scale }, size)
}

/** The view moved by so many pixels. */
export function movedBy(view: MapView, dx: number, dy: number, size: Size): MapView {
  return held({ ...view, x: view.x + dx, y: view.y + dy }, size)
}

type Size = { width: number; height: number }

// Kept so that some of the world stays in the frame: it cannot be dragged out of sight.
function held(view: MapView, { width, height }: Size): MapView {
  const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value))
  return {
    k: view.k,
    x: clamp(view.x, width * (1 - view.k) - width * 0.25, width * 0.25),
    y: clamp(view.y, height * (1 - view.k) - height * 0.25, height * 0.25),
  }
}

/** Where a view looks: the earth at the frame's centre, and its zoom; null for the whole world. */
export function centreOf(view: MapView, projection: GeoProjection, size: Size): MapCentre | null {
  if (view.k === 1 && view.x === 0 && view.y === 0) return null
  const back = projection.invert?.([(size.width / 2 - view.x) / view.k, (size.height / 2 - view.y) / view.k])
  if (!back || !Number.isFinite(back[0]) || !Number.isFinite(back[1])) return null
  return { latitude: back[1], longitude: back[0], zoom: view.k }
}

/** The view that puts a place at the frame's centre at a zoom (the whole world for none). */
export function viewOf(centre: MapCentre | null, projection: GeoProjection, size: Size): MapView {
  if (!centre) return WHOLE_WORLD
  const at = projection([centre.longitude, centre.latitude])
  if (!at) return WHOLE_WORLD
  return { k: centre.zoom, x: size.width / 2 - centre.zoom * at[0], y: size.height / 2 - centre.zoom * at[1] }
}

/** Whether two centres are the same as a link writes them (to two decimals). */
export function sameCentre(a: MapCentre | null, b: MapCentre | null): boolean {
  return a === null || b === null ? a === b : formatMapParam(a) === formatMapParam(b)
}

type Point = { x: number; y: number }

/**
 * The view after two fingers move from `from` to `to`: zoomed by how far they spread, about where
 * they started, and moved as far as their midpoint moved — the place under the fingers stays under them.
 */
export function pinched(view: MapView, from: [Point, Point], to: [Point, Point], size: Size): MapView {
  const spread = (pair: [Point, Point]) => Math.hypot(pair[0].x - pair[1].x, pair[0].y - pair[1].y)
  const middle = (pair: [Point, Point]) => ({
    x: (pair[0].x + pair[1].x) / 2,
    y: (pair[0].y + pair[1].y) / 2,
  })
  const before = spread(from)
  const factor = before > 0 ? spread(to) / before : 1
  const start = middle(from)
  const end = middle(to)
  return movedBy(zoomedAbout(view, factor, start, size), end.x - start.x, end.y - start.y, size)
}
