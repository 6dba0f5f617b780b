import { geoEqualEarth } from 'd3-geo'
import { expect, test } from 'vitest'
import { areaOfRect, areaOutline } from './map-area'
import { WHOLE_WORLD } from './map-view'

const projection = geoEqualEarth().fitSize([800, 400], { type: 'Sphere' })

test('a rectangle drawn around a place gives back an area holding it', () => {
  const seoul = projection([126.98, 37.57])
  if (!seoul) throw new Error('no projection')
  const area = areaOfRect(projection, WHOLE_WORLD, {
    left: seoul[0] - 20,
    top: seoul[1] - 20,
    right: seoul[0] + 20,
    bottom: seoul[1] + 20,
  })
  expect(area).not.toBeNull()
  if (!area) return
  expect(area.south).toBeLessThan(37.57)
  expect(area.north).toBeGreaterThan(37.57)
  expect(area.west).toBeLessThan(126.98)
  expect(area.east).toBeGreaterThan(126.98)
  // Zoomed in three times about the origin, the same rectangle covers a third of the ground.
  const zoomed = areaOfRect(
    projection,
    { k: 3, x: 0, y: 0 },
    { left: 300, top: 100, right: 360, bottom: 160 },
  )
  const wide = areaOfRect(projection, WHOLE_WORLD, { left: 100, top: 33, right: 120, bottom: 53 })
  expect(zoomed && wide && Math.abs(zoomed.east - zoomed.west - (wide.east - wide.west))).toBeLessThan(1)
})

test('a rectangle off the world gives no area; an area has an outline', () => {
  expect(areaOfRect(projection, WHOLE_WORLD, { left: 0, top: 0, right: 5, bottom: 5 })).toBeNull()
  expect(areaOutline(projection, { south: 30, west: 120, north: 45, east: 135 })).toMatch(/^M[\d.,L-]+Z$/)
})
