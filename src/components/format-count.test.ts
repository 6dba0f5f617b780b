import fc from 'fast-check'
import { expect, test } from 'vitest'
import { formatCount } from './format-count'

test('counts read as English writes them', () => {
  expect([0, 7, 999, 1000, 12345, 100000, 1234567].map(formatCount)).toEqual([
    '0',
    '7',
    '999',
    '1,000',
    '12,345',
    '100,000',
    '1,234,567',
  ])
})

test('the same text as the English number format, for any count', () => {
  fc.assert(
    fc.property(fc.nat({ max: 2 ** 40 }), (count) => {
      expect(formatCount(count)).toBe(count.toLocaleString('en'))
    }),
  )
})
