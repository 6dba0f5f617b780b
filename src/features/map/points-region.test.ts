import { geoEqualEarth } from 'd3-geo'
import { expect, test } from 'vitest'
import { WHOLE_WORLD, zoomedAbout } from './map-view'
import { CELL_DEGREES, pointsRegion } from './points-region'

// An engine-held map zoomed in asks for the points in view, in smaller cells: a cell chosen (it
// "zooms in" 3×) comes back split, not as the same cell.

const size = { width: 800, height: 400 }
const projection = geoEqualEarth().fitSize([size.width, size.height], { type: 'Sphere' })
const seoul = projection([126.98, 37.57]) ?? [0, 0]
const at = { x: seoul[0], y: seoul[1] }

test('the whole world: the filter’s area, in cells of a degree', () => {
  expect(pointsRegion(projection, WHOLE_WORLD, size, null)).toEqual({ area: null, cellDegrees: CELL_DEGREES })
  const area = { south: 30, west: 120, north: 45, east: 135 }
  expect(pointsRegion(projection, WHOLE_WORLD, size, area)).toEqual({ area, cellDegrees: CELL_DEGREES })
})

test('zoomed in about a place: the area in view around it, in cells halved at each doubling', () => {
  let view = WHOLE_WORLD
  let last = pointsRegion(projection, view, size, null)
  for (const expected of [1 / 2, 1 / 8, 1 / 16, 1 / 32]) {
    view = zoomedAbout(view, 3, at, size)
    const region = pointsRegion(projection, view, size, null)
    expect(region.cellDegrees).toBe(expected)
    const { area } = region
    if (!area) throw new Error('no area in view')
    expect(area.south).toBeLessThan(37.57)
    expect(area.north).toBeGreaterThan(37.57)
    expect(area.west).toBeLessThan(126.98)
    expect(area.east).toBeGreaterThan(126.98)
    // On the cells' grid (so a cell is whole in it), and narrower with each zoom.
    for (const edge of [area.south, area.west, area.north, area.east])
      expect(Number.isInteger(edge / region.cellDegrees)).toBe(true)
    if (last.area) expect(area.east - area.west).toBeLessThan(last.area.east - last.area.west)
    last = region
  }
  // A small move asks the same question; the filter's area bounds the one asked.
  const moved = pointsRegion(projection, { ...view, x: view.x + 2 }, size, null)
  expect(moved).toEqual(last)
  const drawn = { south: 37, west: 126.5, north: 38, east: 127.5 }
  expect(pointsRegion(projection, view, size, drawn).area).toEqual(drawn)
  // A filter's area out of view: its own area is asked (nothing of it is in view).
  const away = { south: -40, west: -70, north: -30, east: -60 }
  expect(pointsRegion(projection, view, size, away).area).toEqual(away)
})
