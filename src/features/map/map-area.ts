import type { GeoProjection } from 'd3-geo'
import type { GeoArea } from '../../state/geo-area'
import type { MapView } from './map-view'

type Rect = { left: number; top: number; right: number; bottom: number }

/**
 * The area of the earth a rectangle on the map covers: its points taken back through the view and the
 * projection, south to north and west to east. Points off the world (a corner in the sea around the
 * projection's edge) are left out; null when too little of the rectangle is on the world.
 */
export function areaOfRect(projection: GeoProjection, view: MapView, rect: Rect): GeoArea | null {
  const steps = 8
  const latitudes: number[] = []
  const longitudes: number[] = []
  for (let row = 0; row <= steps; row++) {
    for (let column = 0; column <= steps; column++) {
      const x = rect.left + ((rect.right - rect.left) * column) / steps
      const y = rect.top + ((rect.bottom - rect.top) * row) / steps
      const back = projection.invert?.([(x - view.x) / view.k, (y - view.y) / view.k])
      if (!back || !Number.isFinite(back[0]) || !Number.isFinite(back[1])) continue
      // Only points that project back where they were are on the world.
      const again = projection(back)
      if (!again || Math.hypot(again[0] - (x - view.x) / view.k, again[1] - (y - view.y) / view.k) > 0.5)
        continue
      longitudes.push(back[0])
      latitudes.push(back[1])
    }
  }
  if (latitudes.length < 2) return null
  const area = {
    south: Math.max(-90, Math.min(...latitudes)),
    north: Math.min(90, Math.max(...latitudes)),
    west: Math.max(-180, Math.min(...longitudes)),
    east: Math.min(180, Math.max(...longitudes)),
  }
  return area.south < area.north && area.west < area.east ? area : null
}

/** The area's outline on the fitted world, its edges along the parallels and meridians (an SVG path). */
export function areaOutline(projection: GeoProjection, area: GeoArea): string {
  const points: Array<[number, number]> = []
  const along = (from: [number, number], to: [number, number]) => {
    for (let step = 0; step < 24; step++) {
      const share = step / 24
      points.push([from[0] + (to[0] - from[0]) * share, from[1] + (to[1] - from[1]) * share])
    }
  }
  along([area.west, area.south], [area.east, area.south])
  along([area.east, area.south], [area.east, area.north])
  along([area.east, area.north], [area.west, area.north])
  along([area.west, area.north], [area.west, area.south])
  const drawn = points.flatMap((point) => {
    const at = projection(point)
    return at ? [`${at[0].toFixed(1)},${at[1].toFixed(1)}`] : []
  })
  return drawn.length ? `M${drawn.join('L')}Z` : ''
}
