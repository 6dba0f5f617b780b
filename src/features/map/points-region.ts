import type { GeoProjection } from 'd3-geo'
import type { GeoArea } from '../../state/geo-area'
import { areaOfRect } from './map-area'
import type { MapView } from './map-view'

/** Where an engine is asked for the map's points, and the side of the cells it counts them in. */
export type PointsRegion = { area: GeoArea | null; cellDegrees: number }

/** The grid the whole world's points are counted in past an engine's cap, in degrees (a cell's side). */
export const CELL_DEGREES = 1

// The engines take cells from 0.001° (dataset/query/parse-query.ts); a map zoomed 40× needs 1/32°.
const SMALLEST_CELL = 1 / 64
// The area asked is widened to a grid of this many cells: a small move of the map asks nothing new.
const CELLS_PER_STEP = 32

/**
 * Where an engine is asked for the map's points: at the whole world's scale, the filter's area (if
 * any) in cells of CELL_DEGREES; zoomed in, the area in view (within the filter's) in cells halved at
 * each doubling of the zoom, so that a crowded cell chosen ("zooms in") comes back as smaller cells,
 * and those as events once the view holds fewer than the engine's cap. The area in view is widened to
 * a grid of CELLS_PER_STEP cells, so that a drag asks again only when it crosses a step.
 */
export function pointsRegion(
  projection: GeoProjection,
  view: MapView,
  size: { width: number; height: number },
  filterArea: GeoArea | null,
): PointsRegion {
  const whole = { area: filterArea, cellDegrees: CELL_DEGREES }
  if (view.k <= 1 || size.width <= 0 || size.height <= 0) return whole
  const shown = areaOfRect(projection, view, { left: 0, top: 0, right: size.width, bottom: size.height })
  if (!shown) return whole
  const cellDegrees = Math.max(SMALLEST_CELL, CELL_DEGREES / 2 ** Math.floor(Math.log2(view.k)))
  const step = cellDegrees * CELLS_PER_STEP
  const snapped = {
    south: Math.max(-90, Math.floor(shown.south / step) * step),
    west: Math.max(-180, Math.floor(shown.west / step) * step),
    north: Math.min(90, Math.ceil(shown.north / step) * step),
    east: Math.min(180, Math.ceil(shown.east / step) * step),
  }
  const area = filterArea ? within(snapped, filterArea) : snapped
  // Nothing of the filter's area in view: its own area, at the view's cells (no event is in view).
  return { area: area ?? filterArea, cellDegrees }
}

function within(a: GeoArea, b: GeoArea): GeoArea | null {
  const area = {
    south: Math.max(a.south, b.south),
    west: Math.max(a.west, b.west),
    north: Math.min(a.north, b.north),
    east: Math.min(a.east, b.east),
  }
  return area.south < area.north && area.west < area.east ? area : null
}
