import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { parseEdtf } from '../../dates/parse-edtf'
import { dateProblemInEnglish } from './date-problem-english'
import { readWrittenDate } from './written-dates'

const today = new Date(Date.UTC(2026, 11, 2))
const read = (text: string) => {
  const result = readWrittenDate(text, 'day-first', today)
  return result.ok ? `${result.edtf} (${result.form})` : `refused: ${dateProblemInEnglish(result.reason)}`
}

describe('dates written as phrases are read to the EDTF that says what they say', () => {
  test.each([
    // Ranges: each end read, the first completed by the second.
    ['March-April 2003', '2003-03/2003-04 (range)'],
    ['March–April 2003', '2003-03/2003-04 (range)'],
    ['Mar-Apr 2003', '2003-03/2003-04 (range)'],
    ['3–5 March 2003', '2003-03-03/2003-03-05 (range)'],
    ['November 2003 – January 2004', '2003-11/2004-01 (range)'],
    ['1939–45', '1939/1945 (range)'],
    ['1910-1945', '1910/1945 (range)'],
    ['from 1910 to 1945', '1910/1945 (range)'],
    ['du 9 au 12 mars 2021', '2021-03-09/2021-03-12 (range)'],
    // Approximate dates.
    ['c. 1850', '1850~ (approximate)'],
    ['circa 1850', '1850~ (approximate)'],
    ['ca. 1850', '1850~ (approximate)'],
    ['vers 1850', '1850~ (approximate)'],
    ['about March 1850', '1850-03~ (approximate)'],
    // Decades and centuries: some year of them.
    ['1990s', '199X (decade)'],
    ["the '90s", '199X (decade)'],
    ['années 1990', '199X (decade)'],
    ['1990er Jahre', '199X (decade)'],
    ['19th century', '18XX (decade)'],
    ['XIXe siècle', '18XX (decade)'],
    ['siglo XIX', '18XX (decade)'],
    // Parts of a year or a month: one of its months or days, a set, not a span.
    ['early 2020', '[2020-01..2020-04] (part-of-year)'],
    ['mid-2020', '[2020-05..2020-08] (part-of-year)'],
    ['late 2020', '[2020-09..2020-12] (part-of-year)'],
    ['Fin 2024', '[2024-09..2024-12] (part-of-year)'],
    ['Anfang März 2023', '[2023-03-01..2023-03-10] (part-of-year)'],
    // Eras, in astronomical years: 1 BC is year 0.
    ['67 BC', '-0066 (era)'],
    ['44 av. J.-C.', '-0043 (era)'],
    ['15 March 44 BC', '-0043-03-15 (era)'],
    ['AD 632', '0632 (era)'],
    // Double calendars: the Gregorian date read.
    ['11 H/632 M', '0632 (double-calendar)'],
    ['11 AH / 632 AD', '0632 (double-calendar)'],
    ['1445 هـ / 2023 م', '2023 (double-calendar)'],
  ])('%s → %s', (text, expected) => {
    expect(read(text)).toBe(expected)
  })

  test('dates in other languages', () => {
    expect(read('9 mars 2021')).toBe('2021-03-09 (day-month-name)')
    expect(read('1er mars 2021')).toBe('2021-03-01 (day-month-name)')
    expect(read('mardi 9 mars 2021')).toBe('2021-03-09 (day-month-name)')
    expect(read('15 de agosto de 2023')).toBe('2023-08-15 (day-month-name)')
    expect(read('agosto de 2023')).toBe('2023-08 (month-name-year)')
    expect(read('15. August 2023')).toBe('2023-08-15 (day-month-name)')
    expect(read('März 2023')).toBe('2023-03 (month-name-year)')
    expect(read('3 marca 2023')).toBe('2023-03-03 (day-month-name)')
    expect(read('9 марта 2021 г.')).toBe('2021-03-09 (day-month-name)')
    expect(read('15 січня 2023')).toBe('2023-01-15 (day-month-name)')
    expect(read('15 أغسطس 2023')).toBe('2023-08-15 (day-month-name)')
    expect(read('15 كانون الثاني 2023')).toBe('2023-01-15 (day-month-name)')
    expect(read('2023年8月15日')).toBe('2023-08-15 (numeric-year-first)')
  })

  test('years before the common era and timestamps are kept as written, to the microsecond', () => {
    // Astronomical numbering: -0066 is 67 BC, as EDTF counts; a typeset minus and an expanded year too.
    expect(read('-0066')).toBe('-0066 (edtf)')
    expect(read('−0066-03-15')).toBe('-0066-03-15 (edtf)')
    expect(read('-000066-03-15T00:00:00.000Z')).toBe('-0066-03-15T00:00:00.000Z (edtf)')
    const bce = parseEdtf('-0066')
    expect(bce.ok && bce.date.label).toBe('67 BCE')
    expect(read('2022-02-24T10:30:15.123456Z')).toBe('2022-02-24T10:30:15.123456Z (edtf)')
    expect(read('2022-02-24 10:30:15.123456+00:00')).toBe('2022-02-24T10:30:15.123456+00:00 (date-time)')
    // Half a second is 500 ms, not 5.
    expect(read('2022-02-24T10:30:15.5+02:00')).toBe('2022-02-24T10:30:15.500+02:00 (date-time)')
    expect(read('2022-02-24 10:30:15 UTC')).toBe('2022-02-24T10:30:15Z (date-time)')
    expect(read('2022-02-24T10:30:15+02')).toBe('2022-02-24T10:30:15+02:00 (date-time)')
  })

  test('what is not a date stays refused, with a reason', () => {
    expect(read('Talks to resume in 2023')).toMatch(/^refused: a date such as/)
    expect(read('11 H')).toMatch(/^refused: a Gregorian date/)
    expect(read('1945–1910')).toMatch(/^refused: a range whose end comes after its start/)
  })

  test('any phrase of date-like words gives a valid EDTF date or a reason, never a throw', () => {
    const word = fc.constantFrom(
      'c.',
      'early',
      'fin',
      'March',
      'mars',
      '–',
      '-',
      'to',
      '1990s',
      '2003',
      '45',
      '3',
      'BC',
      'H/632',
      'M',
      'de',
      '/',
      'XIX',
      'century',
    )
    fc.assert(
      fc.property(fc.array(word, { maxLength: 7 }), (words) => {
        const result = readWrittenDate(words.join(' '), 'day-first', today)
        if (result.ok) expect(parseEdtf(result.edtf).ok).toBe(true)
        else expect(dateProblemInEnglish(result.reason).length).toBeGreaterThan(0)
      }),
    )
  })
})
