import fc from 'fast-check'
import Papa from 'papaparse'
import { expect, test } from 'vitest'
import { readSample } from '../column-choice-step'
import type { DatasetResult } from '../importer'
import { importFiles } from '../registry'

// Any table of strings a person could bring: headers of any words (empty ones, the same name twice,
// names this app knows), cells of dates in many forms, numbers, yes/no, lists, markup, addresses,
// paths and very long texts.
const header = fc.oneof(
  fc.constantFrom(
    '',
    'date',
    'Date',
    'title',
    'when',
    'fecha',
    'speaker',
    'topics',
    'url',
    'country',
    'status',
    'Year',
    'Type',
    'lat',
    'lon',
    'notes',
    'x',
  ),
  fc.string({ maxLength: 10 }),
)
const cell = fc.oneof(
  fc.constantFrom(
    '',
    '2023-08-15',
    '24/02/2022',
    '02/24/2022',
    '9 mars 2021',
    'March–April 2003',
    'c. 1850',
    '1990s',
    'early 2020',
    '11 H/632 M',
    '-0066',
    '44616',
    '2022-02-24T10:30:15.123456+02:00',
    'True',
    'no',
    '12',
    '-33.9',
    'Jane Doe, John Roe',
    'a; b',
    'a | b',
    '<p>Hello <a href="https://example.org">there</a></p>',
    'https://example.org/a',
    'images/x.jpg',
    'CIV0001',
    'Arabie saoudite',
    'title',
    'occurred',
    'rumoured',
  ),
  fc.string({ maxLength: 20 }),
  fc.nat({ max: 3000 }).map((length) => 'Long text '.repeat(length)),
)
const table = fc
  .integer({ min: 1, max: 7 })
  .chain((width) =>
    fc.tuple(
      fc.array(header, { minLength: width, maxLength: width }),
      fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 }),
    ),
  )

// What a reader is told when the guess cannot open the file: the column that is missing, plainly.
const MISSING: ReadonlySet<string | undefined> = new Set(['noDates', 'noTitles', 'noColumns'])

function saysWhatItIs(result: DatasetResult) {
  if (result.ok) {
    expect(result.dataset.events.length).toBeGreaterThan(0)
    return
  }
  expect(result.message.length + result.issues.length).toBeGreaterThan(0)
  const head = result.head
  if (!head) return
  // The mapping step can always be completed: its guess opens the first rows, or it says plainly
  // which column is missing (and every column is offered every role). A step that asks only for a
  // look (names unknown, dates found by their values, their order untold) opens as it is shown.
  const sample = head.sheets[head.at]
  expect(sample).toBeDefined()
  if (!sample) return
  const preview = readSample(head.file, sample, head.roles, head.dateOrder)
  // Or every row it could read is no event for a reason of its own (a summary past 20,000
  // characters), listed by row; or an actor's name is longer than a name may be (an actor is known
  // by its name: the file is refused saying so, see csv-round-trip.test.ts).
  if (!preview.ok && !MISSING.has(head.review?.code))
    for (const problem of preview.issues)
      expect(problem.path).toMatch(/^(?:row \d+|\(the file\)|actors\[\d+\]\.name)/)
  for (const column of sample.header) expect(head.roles[column]).toBeDefined()
}

test('any table of strings opens with events or a listed reason, never a throw, never a step that cannot be completed', async () => {
  await fc.assert(
    fc.asyncProperty(table, async ([columns, rows]) => {
      const text = Papa.unparse([columns, ...rows])
      saysWhatItIs(await importFiles([{ name: 'any.csv', text }]))
      // The same rows as a JSON list of records, when the names make records.
      const records = rows.map((row) =>
        Object.fromEntries(columns.map((column, at) => [column, row[at] ?? ''])),
      )
      saysWhatItIs(await importFiles([{ name: 'any.json', text: JSON.stringify(records) }]))
    }),
    { numRuns: 300 },
  )
})
