import { expect, test } from 'vitest'
import { notesText } from '../../testing/note-text'
import { generateAcledCsv } from '../../testing/synthetic-acled'
import { readCsvSheet } from '../import/formats/csv-events'
import { importFiles } from '../import/registry'
import { headerKey, rolesByName } from '../import/sheet/column-roles'
import { guessRoles } from '../import/sheet/guess-roles'
import { rolesForSheet, sampleOf } from '../import/sheet/sheet-head'
import { rowRecord } from '../import/sheet/sheet-rows'
import { sheetToDataset } from '../import/sheet/sheet-to-dataset'

// A file in another language's column names, as the mapping step is given it.
const CSV = [
  'Cuándo,Qué,Relato,Nación,Fin,Víctimas,Enlace,Tipo',
  '24/02/2022,Invasión a gran escala,Las tropas cruzan la frontera.,Ukraine,25/02/2022,12,https://example.org/a,Guerra',
  '03/03/2022,Conversaciones en Bielorrusia,,Belarus,,0,https://example.org/b,Diplomacia',
  '16/03/2022,Ataque al teatro de Mariúpol,,Ukraine,,300,https://example.org/c,Guerra',
  '29/03/2022,Conversaciones en Estambul,,Turkey; Ukraine,,0,https://example.org/d,Diplomacia',
].join('\n')

const headOf = (text: string) => {
  const sheet = readCsvSheet(text, 'eventos.csv')
  return {
    sheet,
    guess: guessRoles(
      sheet.header,
      sheet.rows.map(({ cells }) => rowRecord(sheet.header, cells)),
    ),
  }
}

test('roles are guessed from the values where the names are not known, and the file asks for review', async () => {
  const { guess } = headOf(CSV)
  expect(guess.roles).toEqual({
    Cuándo: 'date',
    Qué: 'title',
    Relato: 'summary',
    Nación: 'countries',
    Fin: 'endDate',
    Víctimas: 'number',
    Enlace: 'sources',
    Tipo: 'categories',
  })
  expect(Object.values(guess.by).every((by) => by === 'values')).toBe(true)
  expect(guess.review).toEqual({ code: 'namesSayNeither' })
})

test('the guessed roles open the file: an end date, countries, a number, sources and categories', async () => {
  const { sheet, guess } = headOf(CSV)
  expect(sheetToDataset(sheet, 'eventos.csv').ok).toBe(false)
  const opened = sheetToDataset(sheet, 'eventos.csv', { roles: guess.roles })
  if (!opened.ok) throw new Error(JSON.stringify(opened.issues))
  const [first, second, , fourth] = opened.dataset.events
  expect(first).toMatchObject({
    date: '2022-02-24/2022-02-25',
    title: 'Invasión a gran escala',
    summary: 'Las tropas cruzan la frontera.',
    countries: ['UA'],
    numbers: [{ name: 'Víctimas', value: 12 }],
    sources: [{ url: 'https://example.org/a' }],
  })
  expect(second?.date).toBe('2022-03-03')
  expect(fourth?.countries).toEqual(['TR', 'UA'])
  expect(opened.dataset.categories?.map((category) => category.name)).toEqual(['Guerra', 'Diplomacia'])
  expect(notesText(opened.notes)).not.toMatch(/Columns not read/)
})

test('a choice overrides the names: a column moves to its chosen role, a role set to none is not read', async () => {
  const sheet = readCsvSheet('date,title,notes,extra\n2023-08-15,Letter,Some notes,Other text\n', 'x.csv')
  const roles = { ...rolesByName(sheet.header), notes: 'none' as const, extra: 'summary' as const }
  const read = sheetToDataset(sheet, 'x.csv', { roles })
  if (!read.ok) throw new Error('refused')
  expect(read.dataset.events[0]?.summary).toBe('Other text')
  expect(notesText(read.notes)).toMatch(/Columns not read .*"notes"/)
})

test('an end before its start, or no date, is said and the event kept with its start', async () => {
  const sheet = readCsvSheet(
    'date,end,title\n2023-08-15,2023-08-01,Backwards\n2023-08-15,soon,Unreadable\n2023-08,2023-09-02,Month to day\n',
    'x.csv',
  )
  const read = sheetToDataset(sheet, 'x.csv')
  if (!read.ok) throw new Error('refused')
  expect(read.dataset.events.map((event) => event.date)).toEqual([
    '2023-08-15',
    '2023-08-15',
    '2023-08/2023-09-02',
  ])
  expect(notesText(read.notes)).toMatch(
    /2 rows have an end \(column "end"\) that is not a date on or after the start.*rows 2, 3/,
  )
})

test('the known formats open as their names say: no review for ACLED, this app’s CSV or TimelineJS', async () => {
  for (const text of [
    generateAcledCsv(60),
    'id,date,title,summary,status,actors,countries\nx,2023-08-15,Letter,,occurred,Kim Jong Un,KP\n',
    'Year,Month,Day,Headline,Text,Media,Background,Type\n2020,1,2,A,B,https://example.org/a.jpg,https://example.org/b.jpg,\n',
  ]) {
    expect(headOf(text).guess.review).toBeNull()
  }
})

test('a header’s key ignores case, spaces and underscores, not order', async () => {
  expect(headerKey(['Event Date', 'Title'])).toBe(headerKey(['event_date', 'TITLE']))
  expect(headerKey(['Title', 'Event Date'])).not.toBe(headerKey(['Event Date', 'Title']))
})

test('numeric dates that never tell their order ask the reader; dotted dates, a told column, or a choice do not', async () => {
  const review = (text: string, options = {}) => {
    const sheet = readCsvSheet(text, 'x.csv')
    return rolesForSheet(sampleOf('x.csv', sheet), options).review
  }
  expect(review('date,title\n03/04/2022,A\n05/06/2022,B\n')).toEqual({ code: 'untoldOrder', column: 'date' })
  expect(review('date,title\n03.04.2022,A\n')).toBeNull()
  expect(review('date,title\n03/04/2022,A\n24/06/2022,B\n')).toBeNull()
  expect(
    review('date,title\n03/04/2022,A\n', { choice: { roles: { date: 'date', title: 'title' } } }),
  ).toBeNull()
  const read = await importFiles([{ name: 'x.csv', text: 'date,title\n03/04/2022,A\n' }], {
    choice: { roles: { date: 'date', title: 'title' }, dateOrder: 'day-first' },
  })
  expect(read.ok && read.dataset.events[0]?.date).toBe('2022-04-03')
})

test('with no name known, the longest texts are the summary and a column empty in most rows is no title', async () => {
  const csv = generateAcledCsv(60, 3)
  const end = csv.indexOf('\n')
  // ACLED's columns renamed past recognition ("c27 notes"), as in the bench's mapped files.
  const header = csv
    .slice(0, end)
    .split(',')
    .map((name, index) => `c${index} ${name}`)
  const sheet = readCsvSheet(`${header.join(',')}${csv.slice(end)}`, 'export.csv')
  const { roles } = guessRoles(
    sheet.header,
    sheet.rows.map(({ cells }) => rowRecord(sheet.header, cells)),
  )
  expect(roles['c27 notes']).toBe('summary')
  expect(roles['c8 assoc_actor_1']).toBe('none')
  expect(roles['c1 event_date']).toBe('date')
  expect(roles['c17 country']).toBe('countries')
})
