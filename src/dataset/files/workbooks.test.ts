import { readFileSync } from 'node:fs'
import { utils, write } from '@e965/xlsx'
import { expect, test } from 'vitest'
import { notesText, noteText } from '../../testing/note-text'
import { formatIssue } from '../validate/dataset-issue'
import { readDataset } from './read-dataset'

// Workbooks as a person opens them: their bytes, read by the same reader the load worker uses.
async function openWorkbook(name: string, bytes: Uint8Array<ArrayBuffer>) {
  const result = await readDataset([{ name, text: '', bytes }])
  if (!result.ok) throw new Error(`${result.message}\n${result.issues.map(formatIssue).join('\n')}`)
  return result
}

test('TimeMap’s spreadsheet opens as it comes: its Events sheet, with categories, sources and sites joined', async () => {
  const { dataset, notes } = await openWorkbook(
    'timemap_data.xlsx',
    new Uint8Array(readFileSync('src/dataset/import/fixtures/timemap-template.xlsx')),
  )
  expect(dataset.title).toBe('timemap_data')
  expect(dataset.events).toHaveLength(11)
  const first = dataset.events[0]
  // A d/m/yyyy date cell and an hh:mm time cell: one date-time, whatever the cells' formats.
  expect(first?.date).toBe('2015-10-10T16:20:00Z')
  expect(first?.title).toBe('Person A appears on the scene and sprays tear gas.')
  expect(first?.place).toEqual({ name: 'Al Araqib', latitude: 31.3484783, longitude: 34.7874169 })
  const categories = new Map((dataset.categories ?? []).map((category) => [category.id, category.name]))
  expect(first?.categories?.map((id) => categories.get(id))).toEqual(['Tear Gas'])
  expect(first?.sources).toEqual([
    {
      outlet: 'Gaza',
      url: 'https://image.shutterstock.com/image-photo/example-word-written-on-wooden-260nw-1765482248.jpg',
    },
  ])
  // 21/10/2015 in a d/m/yyyy cell is 21 October, not a month 21.
  expect(dataset.events.find((event) => event.title.startsWith('Person B appears'))?.date).toMatch(
    /^2015-10-21T07:00/,
  )
  // A time typed as 13.45 is a quarter to two.
  expect(dataset.events.find((event) => event.title === '10th thing happened')?.date).toBe(
    '2014-11-09T13:45:00Z',
  )
  expect(notes.slice(0, 2)).toEqual([
    { code: 'timemapRead', sites: true },
    { code: 'timemapNarratives', count: 2, events: 8 },
  ])
  expect(notesText(notes)).toMatch(/read as TimeMap's spreadsheet/)
  expect(notesText(notes)).toMatch(/Its 2 narratives \(on 8 events\) were read for story mode/)
  // Each narrative its events in time order, as TimeMap shows it; the undefined narrative_3 is not one.
  const titleOf = new Map(dataset.events.map((event) => [event.id, event.title]))
  expect(
    dataset.narratives?.map(({ id, title, steps }) => ({
      id,
      title,
      steps: steps.map((step) => titleOf.get(step.event)),
    })),
  ).toEqual([
    {
      id: 'narrative-1',
      title: 'first narrative',
      steps: [
        '8th thing happened, and there was tear gas.',
        'Person A appears on the scene and sprays tear gas.',
        'Person A begins recording, holding a pistol.',
        'Person B appears in Nahal Pehar, as captured by security footage, with a rifle.',
      ],
    },
    {
      id: 'narrative-2',
      title: 'second narrative',
      steps: [
        'Fourth thing happened with a baton.',
        'Fifth thing happened with a baton.',
        '9th thing happened',
        'Sixth thing happened with a rifle.',
      ],
    },
  ])
  expect(notesText(notes)).toMatch(
    /no column of titles: each event is titled by the first words of its Description/,
  )
})

test('TimelineJS’s sheet and an ACLED export open from .xlsx as they do from CSV, date cells read as dates', async () => {
  const csv = readFileSync('src/dataset/import/fixtures/timelinejs-template.csv', 'utf8')
  const timelineJs = utils.book_new()
  utils.book_append_sheet(timelineJs, utils.aoa_to_sheet([['A note sheet'], ['nothing here']]), 'Read me')
  const { read } = await import('@e965/xlsx')
  const fromCsv = read(csv, { type: 'string', raw: true })
  const sheetName = fromCsv.SheetNames[0] ?? ''
  utils.book_append_sheet(timelineJs, fromCsv.Sheets[sheetName] ?? utils.aoa_to_sheet([]), 'Timeline')
  const fromTimelineJs = await openWorkbook(
    'my-timeline.xlsx',
    write(timelineJs, { type: 'array', bookType: 'xlsx' }),
  )
  expect(fromTimelineJs.dataset.title).toBe('MY OWN CSV')
  expect(fromTimelineJs.dataset.events).toHaveLength(10)
  expect(fromTimelineJs.notes[0]).toEqual({
    code: 'workbookSheet',
    file: 'my-timeline.xlsx',
    sheet: 'Timeline',
    others: ['Read me'],
    more: 0,
  })
  expect(noteText(fromTimelineJs.notes[0])).toBe(
    'my-timeline.xlsx: its sheet “Timeline” was read; not its other sheets, “Read me”.',
  )

  // Real date cells, shown as the export shows them (d-mmm-yy): read as the days they are.
  const acled = utils.aoa_to_sheet(
    [
      [
        'event_id_cnty',
        'event_date',
        'event_type',
        'sub_event_type',
        'actor1',
        'country',
        'location',
        'latitude',
        'longitude',
        'fatalities',
      ],
      [
        'UKR1',
        new Date(Date.UTC(2022, 1, 24)),
        'Battles',
        'Armed clash',
        'Military Forces of Russia (2000-)',
        'Ukraine',
        'Kharkiv',
        49.99,
        36.23,
        3,
      ],
      [
        'UKR2',
        new Date(Date.UTC(2022, 2, 3)),
        'Protests',
        'Peaceful protest',
        'Protesters (Ukraine)',
        'Ukraine',
        'Lviv',
        49.84,
        24.03,
        0,
      ],
    ],
    { cellDates: true, dateNF: 'd-mmm-yy', UTC: true },
  )
  const book = utils.book_new()
  utils.book_append_sheet(book, acled, 'Export')
  const fromAcled = await openWorkbook('acled.xlsx', write(book, { type: 'array', bookType: 'xlsx' }))
  expect(fromAcled.dataset.events.map((event) => [event.id, event.date, event.title])).toEqual([
    ['ukr1', '2022-02-24', 'Armed clash in Kharkiv'],
    ['ukr2', '2022-03-03', 'Peaceful protest in Lviv'],
  ])
  expect(fromAcled.dataset.events[0]?.numbers).toEqual([{ name: 'fatalities', value: 3 }])
})

test('a workbook with no sheet of events names its sheets and their columns; a broken one says it cannot be read', async () => {
  const book = utils.book_new()
  utils.book_append_sheet(
    book,
    utils.aoa_to_sheet([
      ['Name', 'Notes'],
      ['a', 'b'],
    ]),
    'People',
  )
  const none = await readDataset([
    { name: 'people.xlsx', text: '', bytes: write(book, { type: 'array', bookType: 'xlsx' }) },
  ])
  expect(none.ok).toBe(false)
  if (!none.ok) {
    // The mapping step is offered, with what the names miss for whoever cannot be shown it.
    expect(none.message).toMatch(/^people\.xlsx is a workbook of 1 sheet: choose the sheet of events/)
    expect(none.kind === 'mapping' && none.head.sheets.map((sheet) => sheet.name)).toEqual(['People'])
    expect(none.issues.map(formatIssue)[0]).toMatch(/^people\.xlsx, header: expected a column of dates/)
  }
  const broken = await readDataset([
    { name: 'cut.xlsx', text: '', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) },
  ])
  expect(broken.ok).toBe(false)
  if (!broken.ok)
    expect(broken.message).toMatch(/^cut\.xlsx looks like a workbook .* could not be read as one/)
  // Ten bytes of a zip's first header: SheetJS would loop on them for ever; refused at once.
  const cut = await readDataset([
    {
      name: 'ten.xlsx',
      text: '',
      bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]),
    },
  ])
  expect(cut.ok === false && cut.message).toMatch(/the file is cut off/)
})

test('a JSON list of flat records (TimeMap’s export) is read as the rows of a sheet', async () => {
  const records = [
    {
      id: 'ev1',
      description: 'Tear gas fired at the crowd.',
      date: '10/10/2015',
      time: '16:20',
      location: 'Al Araqib',
      latitude: '31.3484783',
      longitude: '34.7874169',
      associations: ['tear_gas', 'narrative_1'],
      sources: ['src1'],
    },
    {
      id: 'ev2',
      description: 'A rifle is seen.',
      date: '10/21/2015',
      time: '07:00',
      location: 'Nahal Pehar',
      latitude: '31.356397',
      longitude: '34.784818',
      associations: ['rifle'],
      sources: [],
    },
    { id: 'ev3', description: 'No date here.', date: '', associations: [] },
  ]
  const result = await readDataset([{ name: 'export_events.json', text: JSON.stringify(records) }])
  if (!result.ok) throw new Error(result.message)
  expect(result.dataset.events.map((event) => [event.id, event.date, event.title])).toEqual([
    ['ev1', '2015-10-10T16:20:00Z', 'Tear gas fired at the crowd.'],
    ['ev2', '2015-10-21T07:00:00Z', 'A rifle is seen.'],
  ])
  expect(result.dataset.events[0]?.place).toEqual({
    name: 'Al Araqib',
    latitude: 31.3484783,
    longitude: 34.7874169,
  })
  expect(noteText(result.notes[0])).toBe(
    'export_events.json is a JSON list of 3 records: each was read as a row, its fields as columns.',
  )
  expect(notesText(result.notes)).toMatch(/1 of 3 rows were left out: row 3, column "date"/)
})
