import { expect, test } from 'vitest'
import { edtfProblemInEnglish } from './edtf-problem-english'
import { parseEdtf } from './parse-edtf'
import { compareStoryDates, type StoryDate } from './story-date'

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
  ['199X', 'some year 1990–1999', 'year', 'range'],
  ['2023-XX-15', 'the 15th of some month in 2023', 'day', 'range'],
  ['156X-12-25', '25 December, some year 1560–1569', 'day', 'range'],
  ['X023', 'some year X023', 'year', 'range'],
  ['2023-XX', 'some month of 2023', 'month', 'range'],
  ['2023-08-XX', 'some day in August 2023', 'day', 'range'],
  ['1950S2', 'some year 1900–1999 (estimated 1950)', 'year', 'range'],
  ['0000', '1 BCE', 'year', 'point'],
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
  if (!result.ok) expect(edtfProblemInEnglish(result.reason)).toContain(reason)
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

test('a set or list covers every member, its ranges whole, and says each', () => {
  expect(parsed('[1667,1668,1670..1672]')).toMatchObject({
    label: 'one of 1667 or 1668 or 1670–1672',
    earliest: utc('1667-01-01T00:00:00Z'),
    latest: utc('1672-12-31T23:59:59.999Z'),
  })
  expect(parsed('{2023-08-15..2023-08-17}')).toMatchObject({
    label: '15–17 August 2023',
    earliest: utc('2023-08-15T00:00:00Z'),
    latest: utc('2023-08-17T23:59:59.999Z'),
  })
  expect(parsed('{..2023}')).toMatchObject({
    label: 'on or before 2023',
    latest: utc('2023-12-31T23:59:59.999Z'),
  })
  expect(parsed('{..2023}').earliest).toBe(-Infinity)
})
