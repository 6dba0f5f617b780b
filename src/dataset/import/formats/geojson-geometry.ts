import type { GeoPermissibleObjects } from 'd3-geo'
import { geoArea, geoCentroid } from 'd3-geo'

/**
 * Where a GeoJSON geometry puts its event: a Point's own coordinates; any other geometry's centroid
 * (an area's or a line's middle, on the sphere); or why none ("no geometry", "coordinates that are
 * not numbers"). Coordinates are checked before d3-geo sees them: d3 reads ["a", "b"] as a place.
 */
export type Located =
  | { ok: true; latitude: number; longitude: number; centroid: boolean }
  | { ok: false; reason: 'notNumbers' | 'empty' | null }

type Json = Record<string, unknown>
const isJson = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Geometry collections in collections deeper than this are not read (d3 recurses into them). */
const DEEPEST_COLLECTION = 8

// How deep each type's positions lie: a Point is a position, a Polygon a list of rings of positions.
const DEPTHS: Readonly<Record<string, number>> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
}

export function locate(geometry: unknown): Located {
  if (geometry === null || geometry === undefined) return { ok: false, reason: null }
  if (!isValid(geometry, 0)) return { ok: false, reason: 'notNumbers' }
  if (isJson(geometry) && geometry.type === 'Point' && Array.isArray(geometry.coordinates)) {
    const [longitude, latitude] = geometry.coordinates
    if (typeof longitude === 'number' && typeof latitude === 'number')
      return { ok: true, latitude, longitude, centroid: false }
  }
  // Checked by isValid: a geometry of d3's (GeoJSON's) shape throughout.
  const [longitude, latitude] = geoCentroid(rewound(geometry) as GeoPermissibleObjects)
  if (longitude === undefined || latitude === undefined || !Number.isFinite(longitude + latitude))
    return { ok: false, reason: 'empty' }
  return { ok: true, latitude: round(latitude), longitude: round(longitude), centroid: true }
}

// A centroid to a tenth of a metre: d3's sums leave float noise (14.999999999999945).
const round = (degrees: number) => Math.round(degrees * 1e6) / 1e6

/** True for a GeoJSON geometry whose every position is two or more finite numbers. */
function isValid(geometry: unknown, depth: number): boolean {
  if (!isJson(geometry) || typeof geometry.type !== 'string') return false
  if (geometry.type === 'GeometryCollection') {
    const { geometries } = geometry
    return (
      depth < DEEPEST_COLLECTION &&
      Array.isArray(geometries) &&
      geometries.every((part) => isValid(part, depth + 1))
    )
  }
  const levels = DEPTHS[geometry.type]
  return levels !== undefined && positionsAt(geometry.coordinates, levels)
}

function positionsAt(value: unknown, levels: number): boolean {
  if (!Array.isArray(value)) return false
  if (levels === 0)
    return value.length >= 2 && value.every((number) => typeof number === 'number' && Number.isFinite(number))
  return value.every((part) => positionsAt(part, levels - 1))
}

/**
 * d3-geo reads a polygon's rings by their winding on the sphere (clockwise is the inside); GeoJSON
 * (RFC 7946) winds the outside ring the other way, which d3 reads as the whole globe but the polygon,
 * its centroid at the antipode. A polygon that d3 finds larger than a hemisphere is turned round.
 */
function rewound(geometry: unknown): unknown {
  if (!isJson(geometry)) return geometry
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: rewoundRings(geometry.coordinates) }
  if (geometry.type === 'MultiPolygon' && Array.isArray(geometry.coordinates))
    return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rewoundRings) }
  if (geometry.type === 'GeometryCollection' && Array.isArray(geometry.geometries))
    return { type: 'GeometryCollection', geometries: geometry.geometries.map(rewound) }
  return geometry
}

function rewoundRings(rings: unknown): number[][][] {
  // Checked by isValid: rings of positions.
  const checked = rings as number[][][]
  const area = geoArea({ type: 'Polygon', coordinates: checked })
  return area > 2 * Math.PI ? checked.map((ring) => [...ring].reverse()) : checked
}
