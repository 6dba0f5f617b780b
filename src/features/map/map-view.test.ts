import { geoEqualEarth } from 'd3-geo'
import { expect, test } from 'vitest'
import { centreOf, movedBy, pinched, sameCentre, viewOf, WHOLE_WORLD, zoomedAbout } from './map-view'

const size = { width: 800, height: 400 }
const projection = geoEqualEarth().fitSize([size.width, size.height], { type: 'Sphere' })

test('a view and the centre a link writes for it give each other back, on any frame size', () => {
  const zoomed = movedBy(zoomedAbout(WHOLE_WORLD, 4, { x: 600, y: 150 }, size), -30, 20, size)
  const centre = centreOf(zoomed, projection, size)
  expect(centre?.zoom).toBe(4)
  const again = viewOf(centre, projection, size)
  expect(again.k).toBe(4)
  expect(Math.abs(again.x - zoomed.x)).toBeLessThan(0.01)
  expect(Math.abs(again.y - zoomed.y)).toBeLessThan(0.01)
  // The same place is at the centre of a frame of another size.
  const other = { width: 390, height: 300 }
  const elsewhere = geoEqualEarth().fitSize([other.width, other.height], { type: 'Sphere' })
  expect(sameCentre(centreOf(viewOf(centre, elsewhere, other), elsewhere, other), centre)).toBe(true)
})

test('the whole world is no centre at all, and zoom is held between 1 and 40', () => {
  expect(centreOf(WHOLE_WORLD, projection, size)).toBeNull()
  expect(viewOf(null, projection, size)).toEqual(WHOLE_WORLD)
  expect(zoomedAbout(WHOLE_WORLD, 0.5, { x: 400, y: 200 }, size).k).toBe(1)
  expect(zoomedAbout({ k: 30, x: 0, y: 0 }, 10, { x: 400, y: 200 }, size).k).toBe(40)
})

test('two fingers spread twice as far zoom in twice about where they were; moved together, they move it', () => {
  const big = { width: 800, height: 400 }
  const spread = pinched(
    WHOLE_WORLD,
    [
      { x: 300, y: 200 },
      { x: 500, y: 200 },
    ],
    [
      { x: 200, y: 200 },
      { x: 600, y: 200 },
    ],
    big,
  )
  expect(spread.k).toBeCloseTo(2)
  // The point between the fingers (400, 200) stays where it was.
  expect(spread.x + spread.k * 400).toBeCloseTo(400)
  expect(spread.y + spread.k * 200).toBeCloseTo(200)
  const moved = pinched(
    spread,
    [
      { x: 200, y: 200 },
      { x: 600, y: 200 },
    ],
    [
      { x: 150, y: 180 },
      { x: 550, y: 180 },
    ],
    big,
  )
  expect(moved.k).toBeCloseTo(2)
  expect(moved.x - spread.x).toBeCloseTo(-50)
  expect(moved.y - spread.y).toBeCloseTo(-20)
})
