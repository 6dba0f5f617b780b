import fc from 'fast-check'
import { expect, test } from 'vitest'
import { countClasses, SHADES, shadeOf } from './count-scale'

test('classes run from 1 to the largest count without gaps or overlaps, each with its own shade', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1_000_000 }), (largest) => {
      const classes = countClasses(largest)
      expect(classes[0]?.from).toBe(1)
      expect(classes.at(-1)?.to).toBe(largest)
      classes.forEach((range, index) => {
        expect(range.to).toBeGreaterThanOrEqual(range.from)
        if (index > 0) expect(range.from).toBe((classes[index - 1]?.to ?? 0) + 1)
      })
      expect(new Set(classes.map((range) => range.shade)).size).toBe(classes.length)
      expect(classes.length).toBeLessThanOrEqual(SHADES.length)
    }),
  )
})

test('a few events get as many classes as counts; many get five, growing by about the same factor', () => {
  expect(countClasses(0)).toEqual([])
  expect(countClasses(3).map(({ from, to }) => [from, to])).toEqual([
    [1, 1],
    [2, 2],
    [3, 3],
  ])
  expect(countClasses(10000).map(({ to }) => to)).toEqual([6, 40, 251, 1585, 10000])
})

test('every count from 1 to the largest has a shade, darker for more', () => {
  const classes = countClasses(500)
  expect(shadeOf(0, classes)).toBeNull()
  expect(shadeOf(1, classes)).toBe(SHADES[0])
  expect(shadeOf(500, classes)).toBe(SHADES[4])
  const order = (count: number) => SHADES.indexOf(shadeOf(count, classes) as (typeof SHADES)[number])
  for (let count = 2; count <= 500; count++) expect(order(count)).toBeGreaterThanOrEqual(order(count - 1))
})
