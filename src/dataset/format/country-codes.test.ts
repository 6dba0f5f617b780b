import countries from 'i18n-iso-countries'
import { expect, test } from 'vitest'
import { countryCodeOf, countryName, isIsoCountryCode } from './country-codes'

test('every assigned country code has its short English name', () => {
  const codes = Object.keys(countries.getAlpha2Codes())
  expect(codes.length).toBeGreaterThan(240)
  for (const code of codes) {
    expect(isIsoCountryCode(code)).toBe(true)
    expect(countryName(code)).not.toBe(code)
  }
  expect(['KP', 'KR', 'RU', 'US', 'GB', 'UA'].map(countryName)).toEqual([
    'North Korea',
    'South Korea',
    'Russia',
    'United States',
    'United Kingdom',
    'Ukraine',
  ])
})

test('the assigned codes are exactly the ones i18n-iso-countries knows (the table is made from them)', () => {
  const codes = Object.keys(countries.getAlpha2Codes())
  const letterPairs = Array.from({ length: 26 * 26 }, (_, index) =>
    String.fromCharCode(65 + Math.floor(index / 26), 65 + (index % 26)),
  )
  expect(letterPairs.filter(isIsoCountryCode).sort()).toEqual(codes.sort())
})

test('a code that is not an assigned one is shown as it is', () => {
  expect(countryName('XX')).toBe('XX')
  expect(countryName('kp')).toBe('kp')
  expect(countryName('toString')).toBe('toString')
})

test('a country is found by its code or its name, in any case', () => {
  expect(countryCodeOf('kp')).toBe('KP')
  expect(countryCodeOf(' North Korea ')).toBe('KP')
  expect(countryCodeOf('united kingdom')).toBe('GB')
  expect(countryCodeOf('Atlantis')).toBeNull()
})
