import { expect, test } from 'vitest'
import { notesText, noteText } from '../../../testing/note-text'
import { decideOrder, readDateColumn } from './read-date-column'

const today = new Date(Date.UTC(2026, 11, 2))
const edtfOf = (values: string[]) =>
  readDateColumn(values, 'date', today).dates.map((date) => (date.ok ? date.edtf : null))

test('one value past 12 decides the order for the whole column', () => {
  expect(edtfOf(['02/03/2022', '24/02/2022'])).toEqual(['2022-03-02', '2022-02-24'])
  expect(edtfOf(['02/03/2022', '02/24/2022'])).toEqual(['2022-02-03', '2022-02-24'])
  expect(decideOrder(['1/2/2020', '13/2/2020']).assumed).toBe(false)
})

test('a column that cannot tell is read month first (dotted: day first), and says so', () => {
  const column = readDateColumn(['02/03/2022', '04/05/2022'], 'event_date', today)
  expect(column.dates.map((date) => date.ok && date.edtf)).toEqual(['2022-02-03', '2022-04-05'])
  expect(notesText(column.notes)).toContain('could be day or month first')
  expect(notesText(column.notes)).toContain('event_date')
  expect(edtfOf(['02.03.2022', '04.05.2022'])).toEqual(['2022-03-02', '2022-05-04'])
})

test('the minority order in a mixed column is refused row by row, not guessed', () => {
  const dates = readDateColumn(['24/02/2022', '25/02/2022', '02/26/2022'], 'date', today).dates
  expect(dates.map((date) => date.ok)).toEqual([true, true, false])
})

test('conversions are said once for the column, with counts per form', () => {
  const column = readDateColumn(['2022-02-24', '3/3/2022', '9-May-20', '10-May-20', ''], 'date', today)
  expect(noteText(column.notes[0])).toBe(
    'The date column’s dates were converted to EDTF: 1 written as month/day/year (02/24/2022); 2 written as day, month name, year (24 February 2022, 9 mars 2021, 24-Feb-22).',
  )
  expect(noteText(column.notes[1])).toMatch(/^2 of them have two-digit years/)
  expect(column.dates[4]).toMatchObject({ ok: false })
})

test('a column of plain numbers past 9999 is read as Excel date numbers; a column of years is not', () => {
  expect(edtfOf(['44616', '44617.5'])).toEqual(['2022-02-24', '2022-02-25T12:00:00Z'])
  expect(edtfOf(['2022', '2023'])).toEqual(['2022', '2023'])
})

test('one column mixing Excel numbers stored as text, day-first and year-first dates reads each cell by its form', () => {
  // 24/02/2022 says the column is day first: 03/04/2022 is then 3 April.
  const column = readDateColumn(['44616', '24/02/2022', '2022/3/5', '03/04/2022', '44620.5'], 'date', today)
  expect(column.dates.map((date) => (date.ok ? date.edtf : null))).toEqual([
    '2022-02-24',
    '2022-02-24',
    '2022-03-05',
    '2022-04-03',
    '2022-02-28T12:00:00Z',
  ])
  expect(noteText(column.notes[0])).toMatch(/2 written as an Excel date number/)
  expect(notesText(column.notes)).not.toMatch(/could be day or month first/)
})
