import { expect, test } from 'vitest'
import { sheetToDataset } from '../import/sheet-to-dataset'
import { readCsvSheet } from './csv-format'

// The sheet of a file in another language's column names, as the mapping step would be given it.
const CSV = [
  'Fecha,Qué,Descripción,País',
  '24/02/2022,Invasión,Las tropas cruzan la frontera.,Ukraine',
  '03/03/2022,Conversaciones,,Belarus',
].join('\n')

test('a reader’s choice of columns opens a sheet whose names are not recognised', () => {
  const sheet = readCsvSheet(CSV, 'eventos.csv')
  const refused = sheetToDataset(sheet, 'eventos.csv')
  expect(refused.ok).toBe(false)
  const opened = sheetToDataset(sheet, 'eventos.csv', {
    mapping: { date: 'Fecha', title: 'Qué', summary: 'Descripción', countries: 'País' },
  })
  if (!opened.ok) throw new Error(JSON.stringify(opened.issues))
  expect(
    opened.dataset.events.map((event) => [event.date, event.title, event.summary, event.countries]),
  ).toEqual([
    ['2022-02-24', 'Invasión', 'Las tropas cruzan la frontera.', ['UA']],
    ['2022-03-03', 'Conversaciones', undefined, ['BY']],
  ])
  expect(opened.notes.join('\n')).not.toMatch(/Columns not read/)
})

test('a choice overrides what was recognised: a column moves to its chosen role, a role set to none is left out', () => {
  const sheet = readCsvSheet('date,title,notes,extra\n2023-08-15,Letter,Some notes,Other text\n', 'x.csv')
  const read = sheetToDataset(sheet, 'x.csv', { mapping: { summary: 'extra', countries: 'not a column' } })
  if (!read.ok) throw new Error('refused')
  expect(read.dataset.events[0]?.summary).toBe('Other text')
  expect(read.notes.join('\n')).toMatch(/Columns not read .*"notes"/)
  const without = sheetToDataset(sheet, 'x.csv', { mapping: { summary: null } })
  expect(without.ok && without.dataset.events[0]?.summary).toBeUndefined()
})
