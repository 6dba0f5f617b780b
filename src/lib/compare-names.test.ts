import fc from 'fast-check'
import { expect, test } from 'vitest'
import { compareNames } from './compare-names'

test('names sort alphabetically, without regard to case or accents', () => {
  const names = [
    'Turks & Caicos Islands',
    'Åland Islands',
    'türkiye',
    'Albania',
    'United States',
    'Côte d’Ivoire',
  ]
  expect([...names].sort(compareNames)).toEqual([
    'Åland Islands',
    'Albania',
    'Côte d’Ivoire',
    'türkiye',
    'Turks & Caicos Islands',
    'United States',
  ])
})

test('the same order as English collation wherever two names differ in their letters', () => {
  const letter = fc.constantFrom(...'abcdezABCDEZéüåçñ ')
  const name = fc.array(letter, { minLength: 1, maxLength: 8 }).map((letters) => letters.join(''))
  fc.assert(
    fc.property(name, name, (a, b) => {
      const english = a.localeCompare(b, 'en', { sensitivity: 'base' })
      if (english !== 0) expect(Math.sign(compareNames(a, b))).toBe(english)
    }),
    { numRuns: 2000 },
  )
})
