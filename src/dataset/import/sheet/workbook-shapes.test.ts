import { utils, write } from '@e965/xlsx'
import JSZip from 'jszip'
import { expect, test } from 'vitest'
import { notesText, noteText } from '../../../testing/note-text'
import { formatIssue } from '../../validate/dataset-issue'
import { importFiles } from '../registry'

// Workbooks as people make them: a title over the table, empty rows, a column numbering the rows,
// formulas; and one whose package list SheetJS could not read, which Excel and openpyxl open.
function workbook(rows: unknown[][], edit?: (sheet: ReturnType<typeof utils.aoa_to_sheet>) => void) {
  const book = utils.book_new()
  const sheet = utils.aoa_to_sheet(rows)
  edit?.(sheet)
  utils.book_append_sheet(book, sheet, 'Events')
  utils.book_append_sheet(book, utils.aoa_to_sheet([['Notes'], ['Made by hand']]), 'Notes')
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }))
}

async function open(name: string, bytes: Uint8Array) {
  const result = await importFiles([{ name, text: '', bytes: Uint8Array.from(bytes) }])
  if (!result.ok) throw new Error(`${result.message}\n${result.issues.map(formatIssue).join('\n')}`)
  return result
}

test('a header on row 3 under a merged title and an empty row, a numbering column, blank rows and formulas', async () => {
  const bytes = workbook(
    [
      ['Protests in the capital, 2023'],
      [],
      ['', 'Date', 'Title', 'Place', 'Arrests'],
      [1, '2023-03-01', 'March on the ministry', 'Centre', 12],
      [],
      [2, '2023-03-08', 'Women’s day rally', 'Old town', 0],
      [3, '2023-03-15', 'Night vigil', 'Centre', null],
    ],
    (sheet) => {
      sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 4 } }]
      // Arrests worked out by a formula: its saved value is read; one with no saved value is said.
      sheet.E6 = { t: 'n', v: 0, f: 'E4-12' }
      sheet.E7 = { t: 'n', f: 'E4+E6' }
    },
  )
  const { dataset, notes, head } = await open('protests.xlsx', bytes)
  expect(dataset.title).toBe('Protests in the capital, 2023')
  expect(dataset.events.map((event) => [event.date, event.title])).toEqual([
    ['2023-03-01', 'March on the ministry'],
    ['2023-03-08', 'Women’s day rally'],
    ['2023-03-15', 'Night vigil'],
  ])
  expect(dataset.events.map((event) => event.numbers)).toEqual([
    [{ name: 'Arrests', value: 12 }],
    [{ name: 'Arrests', value: 0 }],
    undefined,
  ])
  // The numbering column is no event's field: not read, and why.
  expect(head?.roles.A).toBe('none')
  expect(head?.why?.A?.seen).toMatchObject({ code: 'shown', kind: 'numbering' })
  expect(notes.map(noteText)).toContain(
    'The header is on row 3; the text above it (“Protests in the capital, 2023”) is not a row of events.',
  )
  expect(notes).toContainEqual({ code: 'workbookFormulas', count: 1 })
  expect(notesText(notes)).toMatch(/1 cell holds a formula whose value the file does not keep/)
  expect(notesText(notes)).not.toMatch(/rows were left out/)
})

test('a workbook whose list of parts SheetJS could not read opens, and says so', async () => {
  const zip = await JSZip.loadAsync(
    workbook([
      ['Date', 'Title'],
      ['2023-03-01', 'One'],
    ]),
  )
  const listed = await zip.file('[Content_Types].xml')?.async('string')
  // A Default entry without its Extension: "Cannot read properties of undefined (reading 'toLowerCase')".
  zip.file('[Content_Types].xml', listed?.replace('<Default Extension="xml"', '<Default Ext="xml"') ?? '')
  const broken = await zip.generateAsync({ type: 'uint8array' })
  const { dataset, notes } = await open('openpyxl.xlsx', broken)
  expect(dataset.events.map((event) => event.title)).toEqual(['One'])
  expect(notesText(notes)).toMatch(
    /list of its parts could not be read \(Cannot read properties of undefined/,
  )

  // Without any list at all.
  zip.remove('[Content_Types].xml')
  const unlisted = await open('unlisted.xlsx', await zip.generateAsync({ type: 'uint8array' }))
  expect(unlisted.dataset.events).toHaveLength(1)
})

test('a workbook listing a part it does not hold opens; a sheet that cannot be read is named, the others read', async () => {
  const zip = await JSZip.loadAsync(
    workbook([
      ['Date', 'Title'],
      ['2023-03-01', 'One'],
    ]),
  )
  // Its styles listed but not there ("Cannot find file xl/styles.xml in zip"), and its second sheet gone.
  zip.remove('xl/styles.xml')
  zip.remove('xl/worksheets/sheet2.xml')
  const { dataset, notes } = await open('parts.xlsx', await zip.generateAsync({ type: 'uint8array' }))
  expect(dataset.events.map((event) => event.title)).toEqual(['One'])
  expect(notes).toContainEqual({ code: 'workbookRepaired', error: 'Cannot find file xl/styles.xml in zip' })
  expect(notesText(notes)).toMatch(
    /list of its parts could not be read \(Cannot find file xl\/styles\.xml in zip\)/,
  )
  expect(notes).toContainEqual({ code: 'workbookSheetsUnread', sheets: [{ name: 'Notes', error: null }] })
  expect(notes.map(noteText)).toContain(
    'These sheets could not be read, the others were: sheet “Notes”: its part of the file is missing or could not be parsed.',
  )
})

test('a CSV saved from such a sheet keeps its title rows: the header is found under them', async () => {
  const csv = [
    'Protests in the capital,,,',
    'Compiled by the desk,,,',
    'Date,Title,Place,Arrests',
    '2023-03-01,March on the ministry,Centre,12',
    '2023-03-08,Women’s day rally,Old town,0',
  ].join('\n')
  const result = await importFiles([{ name: 'protests.csv', text: csv }])
  if (!result.ok) throw new Error(result.message)
  expect(result.dataset.title).toBe('Protests in the capital')
  expect(result.dataset.events.map((event) => event.title)).toEqual([
    'March on the ministry',
    'Women’s day rally',
  ])
  expect(notesText(result.notes)).toMatch(/The header is on row 3/)
})
