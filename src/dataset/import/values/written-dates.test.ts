import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { parseEdtf } from '../../dates/parse-edtf'
import { dateProblemInEnglish } from './date-problem-english'
import { fullYear, readExcelSerial, readWrittenDate } from './written-dates'

const today = new Date(Date.UTC(2026, 11, 2))
const read = (text: string, order: 'day-first' | 'month-first' = 'month-first') => {
  const result = readWrittenDate(text, order, today)
  return result.ok ? `${result.edtf} (${result.form})` : `refused: ${dateProblemInEnglish(result.reason)}`
}

describe('dates as people write them become EDTF at the precision they state', () => {
  test.each([
    ['2022-02-24', 'month-first', '2022-02-24 (edtf)'],
    ['1910/1945', 'month-first', '1910/1945 (edtf)'],
    ['02/24/2022', 'month-first', '2022-02-24 (numeric-month-first)'],
    ['3/3/2022', 'month-first', '2022-03-03 (numeric-month-first)'],
    ['24/02/2022', 'day-first', '2022-02-24 (numeric-day-first)'],
    ['24.02.2022', 'day-first', '2022-02-24 (numeric-day-first)'],
    ['10/10/2015', 'day-first', '2015-10-10 (numeric-day-first)'],
    ['2/24/22', 'month-first', '2022-02-24 (numeric-month-first)'],
    ['2022/2/24', 'month-first', '2022-02-24 (numeric-year-first)'],
    ['20160728', 'month-first', '2016-07-28 (compact)'],
    ['9-May-20', 'month-first', '2020-05-09 (day-month-name)'],
    ['15 August 2023', 'month-first', '2023-08-15 (day-month-name)'],
    ['15th of August, 2023', 'month-first', '2023-08-15 (day-month-name)'],
    ['Tuesday, 15 August 2023', 'month-first', '2023-08-15 (day-month-name)'],
    ['Aug 15, 2023', 'month-first', '2023-08-15 (month-name-day)'],
    ['Sept. 3rd, 2023', 'month-first', '2023-09-03 (month-name-day)'],
    ['August 2023', 'month-first', '2023-08 (month-name-year)'],
    ['Aug-23', 'month-first', '2023-08 (month-name-year)'],
    ['2023-08-15 10:30', 'month-first', '2023-08-15T10:30:00Z (date-time)'],
    ['2023-08-15 10:30:15+0530', 'month-first', '2023-08-15T10:30:15+05:30 (date-time)'],
  ] as const)('%s (%s) → %s', (text, order, expected) => {
    expect(read(text, order)).toBe(expected)
  })

  test('what does not exist, or is not a date, is refused with the forms that are read', () => {
    expect(read('02/30/2022')).toMatch(/^refused: a calendar date that exists/)
    expect(read('13/13/2022')).toMatch(/^refused: a calendar date that exists/)
    expect(read('20221350')).toMatch(/^refused: a calendar date that exists/)
    expect(read('15 Smarch 2023')).toBe('refused: a month’s name (found “Smarch”)')
    expect(read('2023-08-15 25:00')).toMatch(/^refused: a time of day that exists/)
    expect(read('')).toBe('refused: a date (the cell is empty)')
    expect(read('soon')).toMatch(/^refused: a date such as 2022-02-24/)
  })

  test('a two-digit year is the nearest one at most ten years ahead', () => {
    expect(fullYear(20, today)).toBe(2020)
    expect(fullYear(36, today)).toBe(2036)
    expect(fullYear(37, today)).toBe(1937)
    expect(fullYear(99, today)).toBe(1999)
  })

  test('Excel date numbers, with its leap day of 1900 that never was', () => {
    expect(readExcelSerial('44616')).toMatchObject({ ok: true, edtf: '2022-02-24' })
    expect(readExcelSerial('1')).toMatchObject({ ok: true, edtf: '1900-01-01' })
    expect(readExcelSerial('59')).toMatchObject({ ok: true, edtf: '1900-02-28' })
    expect(readExcelSerial('61')).toMatchObject({ ok: true, edtf: '1900-03-01' })
    expect(readExcelSerial('44616.4375')).toMatchObject({ ok: true, edtf: '2022-02-24T10:30:00Z' })
    expect(readExcelSerial('0')).toMatchObject({ ok: false })
  })

  test('any text gives a valid EDTF date or a reason, never a throw', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.constantFrom('day-first', 'month-first' as const),
        (text, order) => {
          const result = readWrittenDate(text, order, today)
          if (result.ok) expect(parseEdtf(result.edtf).ok).toBe(true)
          else expect(dateProblemInEnglish(result.reason).length).toBeGreaterThan(0)
        },
      ),
    )
  })

  test('any real day, written in each form, reads back as that day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1000-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }),
        (date) => {
          const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]
          const iso = date.toISOString().slice(0, 10)
          const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
          const month = names[m - 1]
          const forms: Array<[string, 'day-first' | 'month-first']> = [
            [`${m}/${d}/${y}`, 'month-first'],
            [`${d}/${m}/${y}`, 'day-first'],
            [`${d}.${m}.${y}`, 'day-first'],
            [`${y}/${m}/${d}`, 'month-first'],
            [iso.replaceAll('-', ''), 'month-first'],
            [`${d} ${month} ${y}`, 'month-first'],
            [`${month} ${d}, ${y}`, 'month-first'],
          ]
          for (const [text, order] of forms)
            expect(readWrittenDate(text, order, today)).toMatchObject({ ok: true, edtf: iso })
        },
      ),
    )
  })
})
