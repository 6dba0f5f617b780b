import fc from 'fast-check'
import { expect, test } from 'vitest'
import { formatCount, formatShortCount } from './format-count'

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

test('short counts for narrow bars', () => {
  expect(
    [0, 999, 1000, 1099, 1432, 4100, 9999, 10_000, 14_999, 999_999, 1_000_000, 1_250_000].map(
      formatShortCount,
    ),
  ).toEqual(['0', '999', '1k', '1k', '1.4k', '4.1k', '9.9k', '10k', '14k', '999k', '1M', '1.2M'])
})

test('a short count is at most four characters and never more than the count', () => {
  fc.assert(
    fc.property(fc.nat({ max: 9_999_999 }), (count) => {
      const text = formatShortCount(count)
      expect(text.length).toBeLessThanOrEqual(4)
      const match = /^(\d+(?:\.\d)?)([kM]?)$/.exec(text)
      expect(match).not.toBeNull()
      const unit = match?.[2] === 'k' ? 1000 : match?.[2] === 'M' ? 1_000_000 : 1
      const value = Number(match?.[1]) * unit
      expect(value).toBeLessThanOrEqual(count)
      // Within the last digit shown: a tenth of the unit below ten units, a whole unit above.
      expect(count - value).toBeLessThan(count < 10 * unit ? unit / 10 : unit)
    }),
  )
})
