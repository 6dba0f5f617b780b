import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { notesText, noteText } from '../../../testing/note-text'
import { formatIssue } from '../../validate/dataset-issue'
import { readCsvSheet } from '../formats/csv-events'
import type { DatasetResult } from '../importer'
import { importFiles } from '../registry'

// Sheets as people have them, read through the same reader the app uses on a file.
async function open(name: string, text: string) {
  const result = await importFiles([{ name, text }])
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'))
  return result
}

test('TimelineJS’s own template opens as it comes: its title slide, its events at their precision, no markup', async () => {
  const { dataset, notes } = await open(
    'my-own-timeline.csv',
    readFileSync('src/dataset/import/fixtures/timelinejs-template.csv', 'utf8'),
  )
  expect(dataset.title).toBe('MY OWN CSV')
  expect(dataset.description).toMatch(/^In this sample timeline, we'll walk you through/)
  expect(dataset.events).toHaveLength(10)
  const byTitle = new Map(dataset.events.map((event) => [event.title, event]))
  // A day and an end day: an interval of days. A year and month, to a year. A year alone.
  expect(byTitle.get('Ada Lovelace')?.date).toBe('1815-12-10/1852-11-27')
  expect(byTitle.get('...And the women who made it work')?.date).toBe('1943-07/1946')
  expect(byTitle.get('Grace Hopper invents the compiler')?.date).toBe('1952')
  expect(byTitle.get('"The Mother of the Internet"')).toBeDefined()
  // An event with no text has no summary; none shows a tag.
  expect(byTitle.get('Edith Clarke: Bucking the Trend')?.summary).toBeUndefined()
  for (const event of dataset.events) expect(`${event.title} ${event.summary ?? ''}`).not.toMatch(/<[a-z/]/i)
  expect(byTitle.get('Ada Lovelace')?.summary).toMatch(
    /^Women have been programming since before it was a thing\. Take Ada Lovelace:/,
  )
  expect(notesText(notes)).toMatch(/cells hold HTML/)
  // Media with its caption and credit as text; the text's links as the event's sources.
  const ada = byTitle.get('Ada Lovelace')
  expect(ada?.media?.url).toMatch(/^https:\/\/upload\.wikimedia\.org\//)
  expect(ada?.media?.credit).toBe('Wikimedia Commons')
  expect(ada?.media?.caption).not.toMatch(/</)
  expect(ada?.sources?.map((source) => source.outlet)).toEqual([
    'Ada Lovelace',
    "Charles Babbage's Analytical Engine",
  ])
  expect(ada?.sources?.[0]?.url).toBe('https://en.wikipedia.org/wiki/Ada_Lovelace')
  // A blockquote in the Media column is no address: left out, and said.
  expect(byTitle.get('Edith Clarke: Bucking the Trend')?.media).toBeUndefined()
  expect(notesText(notes)).toMatch(/1 row has media that is not a web address .*left out/)
  expect(notesText(notes)).toMatch(
    /Columns not read \(each with what it could be\): "Display Date" \([^)]*\), "Media Thumbnail" \([^)]*\), "Background" \(could be media\)/,
  )
})

test('dates people write in exports open: a column decided day or month first, with a note of what was converted', async () => {
  const csv = [
    'Event Date,Headline,Description,Country',
    '02/24/2022,Invasion,,Ukraine',
    '3/3/2022,Talks,Delegations meet.,Belarus',
  ].join('\n')
  const { dataset, notes } = await open('export.csv', csv)
  expect(dataset.events.map((event) => event.date)).toEqual(['2022-02-24', '2022-03-03'])
  expect(dataset.events[0]?.summary).toBeUndefined()
  expect(dataset.events[1]?.countries).toEqual(['BY'])
  expect(noteText(notes[0])).toBe(
    'The Event Date column’s dates were converted to EDTF: 2 written as month/day/year (02/24/2022).',
  )
})

test('a few bad rows are left out and said, once per kind with a count and the first rows; the rest opens', async () => {
  const rows = Array.from(
    { length: 20 },
    (_, index) => `2023-01-${String(index + 1).padStart(2, '0')},Event ${index + 1}`,
  )
  const csv = [
    'date,title',
    ...rows,
    ',Undated one',
    ',Undated two',
    'soon,Vague',
    '2023-02-30,No such day',
    '2023-03-01,',
  ].join('\n')
  const { dataset, notes } = await open('messy.csv', `${csv}\n2023-03-02,"cut off`)
  expect(dataset.events).toHaveLength(20)
  expect(notes).toHaveLength(1)
  const note = noteText(notes[0])
  expect(note).toMatch(/^6 of 26 rows were left out: /)
  expect(note).toContain(
    'row 22, column "date": expected a date (the cell is empty), found an empty cell; and 1 more like it (row 23)',
  )
  expect(note).toContain('row 26, column "title": expected a title, found an empty cell')
  expect(note).toContain('row 27: expected a well-formed CSV row, found quoted field unterminated')
  // Papa Parse's own words, kept as its English detail under a code the page words.
  const leftOut = notes[0]?.code === 'rowsLeftOut' ? notes[0].kinds.map((kind) => kind.first.problem) : []
  expect(leftOut).toContainEqual({
    expected: { code: 'wellFormedCsvRow' },
    found: { code: 'parserSaid', english: 'quoted field unterminated' },
  })
  // Where the broken row is, as a code the page words ("row 27" is English only for logs).
  const places = notes[0]?.code === 'rowsLeftOut' ? notes[0].kinds.map((kind) => kind.first.at) : []
  expect(places).toContainEqual({ kind: 'row', number: 27 })
})

test('a file whose every row is bad is refused, saying why for each kind', async () => {
  const result = await importFiles([{ name: 'bad.csv', text: 'date,title\n,One\n,Two\n' }])
  expect(result.ok).toBe(false)
  if (result.ok) return
  expect(result.issues.map(formatIssue)).toEqual([
    'row 2, column "date": expected a date (the cell is empty), found an empty cell',
    'row 3, column "date": expected a date (the cell is empty), found an empty cell',
    '(the file): expected at least one event, found none',
  ])
})

test('any sheet gives events or the problems that stopped it, never a throw', async () => {
  const cell = fc.oneof(
    fc.constantFrom(
      '',
      '2023-08-15',
      '02/24/2022',
      '24/02/2022',
      '9-May-20',
      '44616',
      'soon',
      '<p>x</p>',
      '"',
      ';',
      '200',
      '-33.9',
      '13.45',
      'http://example.org/a',
      'javascript:alert(1)',
      'Reuters https://example.org/b; AP',
      'exact',
      '1,234',
    ),
    fc.string({ maxLength: 12 }),
  )
  const header = fc.subarray(
    [
      'date',
      'Headline',
      'Text',
      'Year',
      'Month',
      'Day',
      'Type',
      'country',
      'actors',
      'status',
      'time',
      'categories',
      'location',
      'latitude',
      'longitude',
      'geo_precision',
      'sources',
      'media',
      'Media Caption',
      'number: fatalities',
      'actor_roles',
      'event_type',
    ],
    { minLength: 1 },
  )
  const outcomeIsSaid = (result: DatasetResult) => {
    if (result.ok) expect(result.dataset.events.length).toBeGreaterThan(0)
    else expect(result.issues.length + result.message.length).toBeGreaterThan(0)
  }
  await fc.assert(
    fc.asyncProperty(
      header,
      fc.array(fc.array(cell, { maxLength: 22 }), { maxLength: 12 }),
      async (columns, rows) => {
        // As a CSV, and as a JSON list of the same records (TimeMap's and datasheet-server's exports).
        const text = [columns.join(','), ...rows.map((row) => row.join(','))].join('\n')
        outcomeIsSaid(await importFiles([{ name: 'any.csv', text }]))
        const records = rows.map((row) =>
          Object.fromEntries(columns.map((column, at) => [column, row[at] ?? ''])),
        )
        outcomeIsSaid(await importFiles([{ name: 'any.json', text: JSON.stringify(records) }]))
      },
    ),
  )
})

test('any GDELT-like rows give events or the problems that stopped them, never a throw', async () => {
  const field = fc.oneof(
    fc.constantFrom('', '20230815', '20231345', 'RS', 'UV', '19', '-7.5', 'http://x.org/'),
    fc.string({ maxLength: 6 }),
  )
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.array(field, { minLength: 55, maxLength: 62 }), { minLength: 1, maxLength: 6 }),
      async (rows) => {
        // The first row always looks like GDELT's, so that the file is read as GDELT.
        const first = ['1', '20230815', ...Array.from({ length: 56 }, () => '')]
        const text = [first, ...rows].map((row) => row.join('\t')).join('\n')
        const result = await importFiles([{ name: 'gdelt.tsv', text }])
        if (result.ok) expect(result.dataset.events.length).toBeGreaterThan(0)
        else expect(result.issues.length + result.message.length).toBeGreaterThan(0)
      },
    ),
  )
})

test('countries as people write them; one that cannot be read is left out of its event, with a did-you-mean', async () => {
  const csv = [
    'date,title,country,actors',
    '2023-01-01,One,Turkey,Protesters (Pakistan)',
    '2023-01-02,Two,Democratic Republic of Congo; Untied States,Military Forces of Yemen',
    '2023-01-03,Three,Untied States,Vladimir Putin; Russia',
  ].join('\n')
  const { dataset, notes } = await open('countries.csv', csv)
  expect(dataset.events.map((event) => event.countries)).toEqual([['TR'], ['CD'], undefined])
  expect(notes.map(noteText)).toContain(
    'The country column has values no country is known by, left out of their events: “Untied States” (2 rows: 3, 4; did you mean United States?).',
  )
  const kinds = Object.fromEntries(dataset.actors.map((actor) => [actor.name, actor.kind]))
  expect(kinds).toEqual({
    'Protesters (Pakistan)': 'organization',
    'Military Forces of Yemen': 'organization',
    'Vladimir Putin': 'person',
    Russia: 'country',
  })
})

test('a TimelineJS JSON story opens as it comes: its title slide, dates from their parts, text without markup', async () => {
  const { dataset, notes } = await open(
    'women_in_computing.json',
    readFileSync('src/dataset/import/fixtures/timelinejs-story.json', 'utf8'),
  )
  expect(dataset.title).toBe('Women in Computing')
  expect(dataset.description).toMatch(/^In this sample timeline/)
  expect(dataset.events).toHaveLength(10)
  const byTitle = new Map(dataset.events.map((event) => [event.title, event]))
  expect(byTitle.get('Ada Lovelace')?.date).toBe('1815-12-10/1852-11-27')
  expect(byTitle.get('...And the women who made it work')?.date).toBe('1943-07/1946')
  expect(byTitle.get('Rózsa Péter writes recursion')?.date).toBe('1951')
  for (const event of dataset.events) expect(`${event.title} ${event.summary ?? ''}`).not.toMatch(/<[a-z/]/i)
  expect(notes[0]).toEqual({ code: 'timelineJsRead', file: 'women_in_computing.json' })
  expect(noteText(notes[0])).toBe('women_in_computing.json was read as a TimelineJS story.')
  // Media as links with caption and credit as text; a quote in the media slot is no address.
  expect(byTitle.get('Ada Lovelace')?.media).toMatchObject({ credit: 'Wikimedia Commons' })
  expect(byTitle.get('...And the women who made it work')?.media?.credit).not.toMatch(/</)
  expect(notes).toContainEqual({ code: 'timelineJsMedia', count: 1 })
  expect(notesText(notes)).toMatch(/1 slide has media that is not a web address/)
  expect(byTitle.get('Ada Lovelace')?.sources?.[0]).toEqual({
    url: 'https://en.wikipedia.org/wiki/Ada_Lovelace',
    outlet: 'Ada Lovelace',
  })
})

test('TimelineJS slides with times, eras and no headline; a slide with no date is left out and said', async () => {
  const story = {
    title: { text: { headline: 'A day', text: '' } },
    events: [
      { start_date: { year: 2023, month: 8, day: 15, hour: 9, minute: 5 }, text: { headline: 'Morning' } },
      { start_date: { year: '2023', month: '8', day: '15' }, text: { text: '<p>Only a caption here</p>' } },
      { start_date: {}, text: { headline: 'Undated' } },
      {
        unique_id: 'CIV0001',
        group: 'Rome',
        start_date: { year: -44, month: 3, day: 15 },
        text: { headline: 'Ides', text: '<a href="javascript:alert(1)">not a link</a>' },
      },
    ],
    eras: [{ start_date: { year: 1910 }, end_date: { year: 1945 }, text: { headline: 'An era' } }],
  }
  const { dataset, notes } = await open('story.json', JSON.stringify(story))
  expect(dataset.events.map((event) => [event.id, event.date, event.title])).toEqual([
    ['morning', '2023-08-15T09:05:00Z', 'Morning'],
    ['only-a-caption-here', '2023-08-15', 'Only a caption here'],
    ['civ0001', '-0044-03-15', 'Ides'],
    ['an-era', '1910/1945', 'An era'],
  ])
  // A group is a category; an odd id is kept beside its slug; a javascript: link is no source.
  expect(dataset.categories).toEqual([{ id: 'rome', name: 'Rome' }])
  expect(dataset.events[2]).toMatchObject({
    categories: ['rome'],
    originalId: 'CIV0001',
    summary: 'not a link',
  })
  expect(dataset.events[2]?.sources).toBeUndefined()
  expect(notesText(notes)).toMatch(
    /1 of 5 slides were left out: events\[2\]\.start_date: expected a date in parts/,
  )
})

test('the wrong kind of file is named for what it is', async () => {
  const list = await importFiles([{ name: 'records.json', text: JSON.stringify([{ a: 1 }, { a: 2 }]) }])
  expect(list).toMatchObject({
    ok: false,
    message: expect.stringMatching(/^records\.json is a JSON list of 2 records: choose what its fields hold/),
  })
  const workbook = await importFiles([{ name: 'sheet.xlsx', text: 'PK\u0003\u0004\u0014\u0000binary' }])
  expect(workbook).toMatchObject({
    ok: false,
    message: expect.stringMatching(/^sheet\.xlsx is an Excel workbook/),
  })
})

// ACLED's export columns, as its codebook lists them; the rows are made up for the test.
const ACLED_HEADER =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp'

test('an ACLED export opens as it comes: titles from what and where, both sides as actors, dates at their precision', async () => {
  const rows = [
    'XYZ1001,24 February 2022,2022,1,Political violence,Battles,Armed clash,Military Forces of Russia (2000-),,8,Military Forces of Ukraine (2019-),,1,18,,804,Europe,Ukraine,Kharkiv,Kharkivskyi,,Kharkiv,49.99,36.23,1,Local media,National,Fighting was reported on the outskirts.,0,,1700000000',
    'XYZ1002,2022-02-25,2022,2,Demonstrations,Protests,Peaceful protest,Protesters (Georgia),Students (Georgia),6,,,0,60,,268,Caucasus,Georgia,Tbilisi,,,Tbilisi,41.69,44.80,1,Interpressnews,National,Demonstrators gathered outside parliament.,0,crowd size=around 1000,1700000000',
    'XYZ1003,2022-02-26,2022,3,Strategic developments,Strategic developments,Agreement,Government of Belarus (1994-),,1,,,0,10,,112,Europe,Belarus,Minsk,,,Minsk,53.90,27.56,3,BelTA,National,An agreement was announced.,0,,1700000000',
  ]
  const { dataset, notes } = await open('acled-export.csv', [ACLED_HEADER, ...rows].join('\n'))
  expect(dataset.events.map((event) => [event.id, event.date, event.title])).toEqual([
    ['xyz1001', '2022-02-24', 'Armed clash in Kharkiv'],
    ['xyz1002', '2022-02-25~', 'Peaceful protest in Tbilisi'],
    ['xyz1003', '2022-02', 'Agreement in Minsk'],
  ])
  expect(dataset.events[1]?.summary).toBe('Demonstrators gathered outside parliament.')
  expect(dataset.events.map((event) => event.countries)).toEqual([['UA'], ['GE'], ['BY']])
  const actors = new Map(dataset.actors.map((actor) => [actor.id, actor]))
  expect(dataset.events[0]?.actors.map((id) => actors.get(id)?.name)).toEqual([
    'Military Forces of Russia (2000-)',
    'Military Forces of Ukraine (2019-)',
  ])
  expect(dataset.events[1]?.actors.map((id) => actors.get(id)?.kind)).toEqual([
    'organization',
    'organization',
  ])
  // Where, with its admin areas and how precisely; what kind of event, as categories; who reported it;
  // the fatalities; each side's part.
  expect(dataset.events[0]?.place).toEqual({
    name: 'Kharkiv',
    admin: ['Kharkiv', 'Kharkivskyi'],
    latitude: 49.99,
    longitude: 36.23,
    precision: 'exact',
  })
  expect(dataset.events[2]?.place?.precision).toBe('region')
  const categories = new Map((dataset.categories ?? []).map((category) => [category.id, category.name]))
  expect(dataset.events[0]?.categories?.map((id) => categories.get(id))).toEqual(['Battles', 'Armed clash'])
  expect(dataset.events[1]?.sources).toEqual([{ outlet: 'Interpressnews' }])
  expect(dataset.events[0]?.numbers).toEqual([{ name: 'fatalities', value: 0 }])
  expect(dataset.events[1]?.actorRoles?.map((role) => [actors.get(role.actor)?.name, role.role])).toEqual([
    ['Protesters (Georgia)', 'first side'],
    ['Students (Georgia)', 'with the first side'],
  ])
  expect(dataset.events[0]?.originalId).toBe('XYZ1001')
  expect(notesText(notes)).toMatch(
    /Columns not read .*"disorder_type" \(could be a title\), "inter1" \(could be a number to keep\)/,
  )
})

test('an API answer holding its records in a field (ACLED’s API: {"status": 200, "data": [...]}) opens as the list it holds', async () => {
  const columns = ACLED_HEADER.split(',')
  const row =
    'XYZ1001,2022-02-24,2022,1,Political violence,Battles,Armed clash,Military Forces of Russia (2000-),,8,Military Forces of Ukraine (2019-),,1,18,,804,Europe,Ukraine,Kharkiv,Kharkivskyi,,Kharkiv,49.99,36.23,1,Local media,National,Fighting was reported.,0,,1700000000'
  // The API writes every value as a text, numbers too.
  const record = Object.fromEntries(row.split(',').map((value, index) => [columns[index], value]))
  const answer = {
    status: 200,
    success: true,
    count: 2,
    messages: [],
    data: [record, { ...record, event_id_cnty: 'XYZ1002' }],
  }
  const { dataset, notes } = await open('acled-api.json', JSON.stringify(answer))
  expect(dataset.events.map((event) => [event.id, event.date, event.title, event.countries])).toEqual([
    ['xyz1001', '2022-02-24', 'Armed clash in Kharkiv', ['UA']],
    ['xyz1002', '2022-02-24', 'Armed clash in Kharkiv', ['UA']],
  ])
  expect(dataset.events[0]?.place?.latitude).toBe(49.99)
  expect(noteText(notes[0])).toBe(
    'acled-api.json holds a list of 2 records in its "data" field: each was read as a row, its fields as columns.',
  )
})

test('JSON that is neither a dataset nor holds records is named for what it is; a would-be dataset is checked as one', async () => {
  const settings = await importFiles([
    { name: 'settings.json', text: JSON.stringify({ theme: 'dark', tags: ['a'] }) },
  ])
  expect(settings).toMatchObject({
    ok: false,
    message:
      'settings.json is JSON, but neither a Story Timeline dataset (it has no "format" field) nor a list of records that could be events: its fields are "theme", "tags".',
  })
  // It says it is a dataset: its problems are a dataset's, even beside a list of records.
  const broken = await importFiles([
    { name: 'broken.json', text: JSON.stringify({ format: 'story-timeline/2', events: [{ a: 1 }] }) },
  ])
  expect(broken).toMatchObject({
    ok: false,
    message: expect.stringMatching(/^broken\.json is not a valid Story Timeline dataset/),
  })
})

test('rows whose cells do not match the header, or with a broken quote, are left out by their line; the rest open', async () => {
  const csv = [
    'date,title,country',
    '2023-01-01,First,France',
    '2023-01-02,Too few',
    '2023-01-03,Too many,France,extra',
    '2023-01-04,Said "in quotes",Spain',
    // A quoted cell with text after its closing quote runs on to the end of the file.
    '"2023-01-05"x,Broken,France',
  ].join('\n')
  const { dataset, notes } = await open('uneven.csv', csv)
  expect(dataset.events.map((event) => event.title)).toEqual(['First', 'Said "in quotes"'])
  const note = notes.find((each) => each.code === 'rowsLeftOut')
  // One kind of problem, said once with its first row and the others' places.
  expect(note).toEqual({
    code: 'rowsLeftOut',
    rows: 3,
    of: 5,
    kinds: [
      {
        first: {
          path: 'row 3',
          at: { kind: 'row', number: 3 },
          expected: 'a well-formed CSV row',
          found: 'too few cells (2, where the header has 3)',
          problem: {
            expected: { code: 'wellFormedCsvRow' },
            found: { code: 'cellCount', cells: 2, header: 3 },
          },
        },
        count: 3,
        lines: [3, 4, 6],
      },
    ],
  })
})

test('two columns of one name are both kept apart, the second renamed as papaparse names it', async () => {
  const sheet = readCsvSheet('date,title,title,title_1\n2023-01-01,One,Two,Three\n', 'twice.csv')
  expect(sheet.header).toEqual(['date', 'title', 'title_2', 'title_1'])
  expect(sheet.rows[0]?.cells).toEqual(['2023-01-01', 'One', 'Two', 'Three'])
})
