import fc from 'fast-check'
import { expect, test } from 'vitest'
import { parseCommonForm } from './common-forms'
import { parseWithLibrary } from './edtf-js-reading'
import { parseEdtf } from './parse-edtf'

test('the fast path for common forms gives what edtf.js gives: validity, span, precision, qualifiers, label', () => {
  // Mostly recent years; some before the Gregorian calendar, and before 100 (left to edtf.js).
  const year = fc
    .oneof({ arbitrary: fc.integer({ min: 1900, max: 2100 }), weight: 4 }, fc.integer({ min: 0, max: 1900 }))
    .map((value) => String(value).padStart(4, '0'))
  // Mostly months; past 12, seasons (21–41) and nothing.
  const month = fc
    .oneof({ arbitrary: fc.integer({ min: 1, max: 12 }), weight: 4 }, fc.integer({ min: 0, max: 45 }))
    .map((value) => String(value).padStart(2, '0'))
  const day = fc.integer({ min: 0, max: 32 }).map((value) => String(value).padStart(2, '0'))
  const qualifier = fc.constantFrom('', '', '?', '~', '%')
  const simple = fc.oneof(
    fc.tuple(year, qualifier).map(([y, q]) => `${y}${q}`),
    fc.tuple(year, month, qualifier).map(([y, m, q]) => `${y}-${m}${q}`),
    fc.tuple(year, month, day, qualifier).map(([y, m, d, q]) => `${y}-${m}-${d}${q}`),
  )
  // Intervals within one year too, where the label says the year once.
  const sameYear = fc
    .tuple(year, month, day, month, day)
    .map(([y, m1, d1, m2, d2]) => [`${y}-${m1}-${d1}/${y}-${m2}-${d2}`, `${y}-${m1}/${y}-${m2}`])
  const two = (max: number) => fc.integer({ min: 0, max }).map((value) => String(value).padStart(2, '0'))
  const zone = fc.oneof(
    fc.constantFrom('', 'Z', '+00:00', '+05', '+0530'),
    fc.tuple(fc.constantFrom('+', '-'), two(25), two(60)).map(([sign, h, m]) => `${sign}${h}:${m}`),
  )
  const time = fc
    .tuple(year, month, day, two(25), two(60), fc.option(two(60)), fc.constantFrom('', '', '.5'), zone)
    .map(
      ([y, mo, d, h, mi, s, fraction, z]) =>
        `${y}-${mo}-${d}T${h}:${mi}${s === null ? '' : `:${s}${fraction}`}${z}`,
    )
  const form = fc.oneof(
    simple,
    fc.tuple(simple, simple).map(([a, b]) => `${a}/${b}`),
    sameYear.map(([days]) => days ?? ''),
    sameYear.map(([, months]) => months ?? ''),
    simple.map((date) => `[..${date}]`),
    simple.map((date) => `[${date}..]`),
    fc.tuple(simple, fc.constantFrom('/..', '/')).map(([date, open]) => `${date}${open}`),
    fc.tuple(fc.constantFrom('../', '/'), simple).map(([open, date]) => `${open}${date}`),
    time,
    fc.string({ maxLength: 12 }),
    fc.string({
      unit: fc.constantFrom('2', '0', '1', '-', '/', '.', '[', ']', '?', '~', 'T', ':', 'Z'),
      maxLength: 14,
    }),
  )
  let taken = 0
  fc.assert(
    // edtf.js takes 29 February in any year (as 1 March): the one place the paths differ on purpose.
    fc.property(
      form.filter((text) => !text.includes('-02-29')),
      (text) => {
        const fast = parseCommonForm(text)
        if (fast === null) return
        taken += 1
        const library = parseWithLibrary(text)
        if (library.ok) expect(fast).toEqual(library)
        else expect(fast.ok).toBe(false)
      },
    ),
    { numRuns: 5000 },
  )
  // Most generated forms are common ones: the comparison above is not vacuous.
  expect(taken).toBeGreaterThan(1500)
})

test.each([
  '2023-08-15T10:30:00Z',
  '2023-08-15T10:30+05:30',
  '2023-08-15T23:59:59-03:00',
  '2020/..',
  '2020-05?/',
  '../2023-08',
  '/2023',
  '1066-10-14',
  '0800/1066~',
])('%s takes the fast path, with what edtf.js gives', (text) => {
  const fast = parseCommonForm(text)
  expect(fast).not.toBeNull()
  expect(fast).toEqual(parseWithLibrary(text))
})

test.each([
  ['0099-10-20', 'a year before 100'],
  ['2023-08-15T10:30:00.5Z', 'a fraction of a second'],
  ['199X', 'unspecified digits'],
  ['../..', 'no known end'],
  ['[..2023-08-15?]', 'a qualified date in a set'],
  ['2023-21', 'a season'],
  ['2023-13', 'no month'],
])('%s (%s) is left to edtf.js', (text) => {
  expect(parseCommonForm(text)).toBeNull()
  expect(parseEdtf(text).ok).toBe(text !== '2023-13' && text !== '../..')
})
