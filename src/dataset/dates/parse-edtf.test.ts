import fc from 'fast-check'
import { expect, test } from 'vitest'
import { parseCommonForm } from './common-forms'
import { compareStoryDates, parseEdtf, parseWithLibrary, type StoryDate } from './parse-edtf'

function parsed(edtf: string): StoryDate {
  const result = parseEdtf(edtf)
  if (!result.ok) throw new Error(`${edtf}: ${result.reason}`)
  return result.date
}

const utc = (iso: string) => Date.parse(iso)

test.each([
  ['2023-08-15', '15 August 2023', 'day', 'point'],
  ['2023-07', 'July 2023', 'month', 'point'],
  ['2022', '2022', 'year', 'point'],
  ['1910/1945', '1910–1945', 'year', 'range'],
  ['2022/2023-08-15', '2022 – 15 August 2023', 'year', 'range'],
  ['2023-07/2023-08', 'July–August 2023', 'month', 'range'],
  ['2023-08-15/2023-08-18', '15–18 August 2023', 'day', 'range'],
  ['2023-07-30/2023-08-02', '30 July – 2 August 2023', 'day', 'range'],
  ['1945~', 'c. 1945', 'year', 'point'],
  ['2023-08-15?', '15 August 2023 (uncertain)', 'day', 'point'],
  ['[..2023-08-15]', 'on or before 15 August 2023', 'day', 'point'],
  ['[2023-08-15..]', 'on or after 15 August 2023', 'day', 'point'],
  ['2020/..', '2020 onwards', 'year', 'range'],
  ['../2023', 'until 2023', 'year', 'range'],
  ['199X', 'some year 199X', 'year', 'point'],
  ['2023-08-15T10:30:00Z', '15 August 2023, 10:30 UTC', 'time', 'point'],
  ['2023-08-15T10:30:45Z', '15 August 2023, 10:30:45 UTC', 'time', 'point'],
  ['2023-08-15T10:30:00+02:00', '15 August 2023, 10:30 UTC+02:00', 'time', 'point'],
  ['2023-08-15T23:30:00-05:30', '15 August 2023, 23:30 UTC−05:30', 'time', 'point'],
  ['-0100', '101 BCE', 'year', 'point'],
  ['2023-21', 'Spring 2023', 'season', 'point'],
])('%s is shown as "%s" (%s precision, %s)', (edtf, label, precision, shape) => {
  const date = parsed(edtf)
  expect(date.label).toBe(label)
  expect(date.precision).toBe(precision)
  expect(date.shape).toBe(shape)
})

test('a date covers the whole of its stated unit, in UTC', () => {
  expect(parsed('2023-07')).toMatchObject({
    earliest: utc('2023-07-01T00:00:00Z'),
    latest: utc('2023-07-31T23:59:59.999Z'),
  })
  expect(parsed('1910/1945')).toMatchObject({
    earliest: utc('1910-01-01T00:00:00Z'),
    latest: utc('1945-12-31T23:59:59.999Z'),
  })
})

test('a time with an offset from UTC is the instant it names', () => {
  expect(parsed('2023-08-15T10:30:00+02:00').earliest).toBe(utc('2023-08-15T08:30:00Z'))
  expect(parsed('2023-08-15T23:30:00-05:00').anchor).toBe(utc('2023-08-16T04:30:00Z'))
})

test('an open or unknown start is placed at the start of its known end', () => {
  const onOrBefore = parsed('[..2023-08-15]')
  expect(onOrBefore.earliest).toBe(Number.NEGATIVE_INFINITY)
  expect(onOrBefore.anchor).toBe(utc('2023-08-15T00:00:00Z'))
  expect(parsed('2020/..').latest).toBe(Number.POSITIVE_INFINITY)
})

test.each([
  ['2023-13', 'a calendar date that exists'],
  ['2023-02-30', 'a calendar date that exists'],
  ['2023-02-29', 'a calendar date that exists'],
  ['1900-02-29', 'a calendar date that exists'],
  ['[..2100-02-29]', 'a calendar date that exists'],
  ['1500-02-29', 'a calendar date that exists'],
  ['2023-02-29/2023-03-05', 'a calendar date that exists'],
  ['1945/1910', 'an interval whose end comes after its start'],
  ['15 August 2023', 'an EDTF date such as'],
  ['', 'an EDTF date without surrounding spaces'],
  [' 2023', 'an EDTF date without surrounding spaces'],
  ['<img src=x>', 'an EDTF date such as'],
])('%j is refused with a reason a person can act on', (edtf, reason) => {
  const result = parseEdtf(edtf)
  expect(result.ok).toBe(false)
  if (!result.ok) expect(result.reason).toContain(reason)
})

test.each(['2024-02-29', '2000-02-29', '1600-02-29/1600-03'])('%s, in a leap year, is a date', (text) => {
  expect(parseEdtf(text).ok).toBe(true)
})

test('dates sort by their earliest instant, then the shorter one first', () => {
  const inputs = [
    '2023-08-15',
    '2023',
    '2023-08',
    '1910/1945',
    '2023-07',
    '[..2023-08-15]',
    '2022/2023-08-15',
  ]
  const sorted = inputs.map(parsed).sort(compareStoryDates)
  expect(sorted.map((date) => date.edtf)).toEqual([
    '1910/1945',
    '2022/2023-08-15',
    '2023',
    '2023-07',
    '2023-08',
    '2023-08-15',
    '[..2023-08-15]',
  ])
})

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
