import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { notesText } from '../../../testing/note-text'
import { formatIssue } from '../../validate/dataset-issue'
import { importFiles, pickImporter } from '../registry'
import { dateOf } from './wikidata-values'

const FIXTURES = 'src/dataset/import/fixtures'
const fixture = (name: string) => readFileSync(`${FIXTURES}/${name}`, 'utf8')

async function open(name: string, text: string) {
  const result = await importFiles([{ name, text }])
  if (!result.ok) throw new Error(`${result.message}\n${result.issues.map(formatIssue).join('\n')}`)
  return result
}

type Cell = { type: string; value: string; datatype?: string }
// The service's simple JSON (its "JSON file" download) for the same results: each binding's value.
function simpleOf(text: string): string {
  const { results } = JSON.parse(text) as { results: { bindings: Array<Record<string, Cell>> } }
  return JSON.stringify(
    results.bindings.map((binding) =>
      Object.fromEntries(Object.entries(binding).map(([name, cell]) => [name, cell.value])),
    ),
  )
}

test('dates as Wikidata gives them: at the precision the query gives, else 1 January as its year', () => {
  expect(dateOf('1945-08-15T00:00:00Z', null)).toEqual({ edtf: '1945-08-15', yearOfFirstDay: false })
  expect(dateOf('1955-01-01T00:00:00Z', null)).toEqual({ edtf: '1955', yearOfFirstDay: true })
  expect(dateOf('1955-01-01T00:00:00Z', 11)?.edtf).toBe('1955-01-01')
  expect(dateOf('1955-06-01T00:00:00Z', 10)?.edtf).toBe('1955-06')
  expect(dateOf('1940-01-01T00:00:00Z', 8)?.edtf).toBe('194X')
  expect(dateOf('1801-01-01T00:00:00Z', 7)?.edtf).toBe('18XX')
  // Astronomical years, as Wikidata's RDF and EDTF both write them: -0499 is 500 BC.
  expect(dateOf('-0499-01-01T00:00:00Z', 9)?.edtf).toBe('-0499')
  expect(dateOf('2001-09-11T12:46:40Z', null)?.edtf).toBe('2001-09-11T12:46:40Z')
  expect(dateOf('+12345-01-01T00:00:00Z', 9)).toBeNull()
})

test('SPARQL results are recognised over a JSON object; the simple JSON over a JSON list', () => {
  const sparql = fixture('made-wikidata-battles.srj')
  expect(pickImporter([{ name: 'query.json', text: sparql }])?.name).toBe('Wikidata query results')
  expect(pickImporter([{ name: 'query.json', text: simpleOf(sparql) }])?.name).toBe('Wikidata query results')
  expect(pickImporter([{ name: 'x.json', text: '[{"date": "2020-01-01", "title": "x"}]' }])?.name).not.toBe(
    'Wikidata query results',
  )
})

test('a real answer of the Query Service (pywikibot’s test): items, labels as titles, dates read and said', async () => {
  const { dataset, notes } = await open('cats.srj', fixture('pywikibot-sparql-results.srj'))
  expect(dataset.events.map((event) => [event.title, event.date])).toEqual([
    ['Muezza', '1955'],
    ['Orangey', '2015-06-22'],
  ])
  expect(dataset.events[0]?.sources).toEqual([
    { url: 'http://www.wikidata.org/entity/Q498787', outlet: 'Wikidata' },
  ])
  expect(notesText(notes)).toMatch(/1 date is 1 January at midnight, read as its year/)
})

test('an item’s rows are one event: participants as actors, countries, coordinates, an interval, a precision', async () => {
  const text = fixture('made-wikidata-battles.srj')
  for (const [name, file] of [
    ['battles.srj', text],
    ['battles.json', simpleOf(text)],
  ] as const) {
    const { dataset, notes, leftOut } = await open(name, file)
    const byTitle = new Map(dataset.events.map((event) => [event.title, event]))
    const midway = byTitle.get('Battle of Midway')
    const actor = (id: string) => dataset.actors.find((each) => each.id === id)?.name
    expect(midway).toMatchObject({
      date: '1942-06-04/1942-06-07',
      summary: 'naval battle of the Pacific War',
      countries: ['US'],
      place: { latitude: 28.2, longitude: -177.37 },
      sources: [{ url: 'http://www.wikidata.org/entity/Q900001', outlet: 'Wikidata' }],
    })
    expect(midway?.actors.map(actor)).toEqual(['United States of America', 'Japan'])
    expect(byTitle.get('Battle of Stalingrad')?.actors.map(actor)).toEqual(['Soviet Union', 'Nazi Germany'])
    expect(byTitle.get('Second Battle of El Alamein')?.countries).toEqual(['EG'])
    expect(byTitle.get('Guadalcanal campaign')?.date).toBe('1942')
    // The SPARQL JSON says its precision (9: a year); the simple JSON keeps it as a number too.
    expect(byTitle.get('Burma campaign')?.date).toBe('1941')
    expect(dataset.events).toHaveLength(5)
    expect(leftOut.map((issue) => issue.path)).toEqual(['row 8, column "date"'])
    expect(notesText(notes)).toMatch(/8 rows are 6 items of "\?event"/)
    expect(notes).toContainEqual({ code: 'queryItems', rows: 8, items: 6, main: 'event' })
  }
})

test('bindings with missing variables, rows that are no binding, and values of every wrong kind: read or said, never a throw', async () => {
  const text = JSON.stringify({
    head: { vars: ['item', 'itemLabel', 'when', 'coord'] },
    results: {
      bindings: [
        {
          item: { type: 'uri', value: 'http://www.wikidata.org/entity/Q1' },
          itemLabel: { type: 'literal', value: 'Kept' },
          when: {
            type: 'literal',
            datatype: 'http://www.w3.org/2001/XMLSchema#dateTime',
            value: '2001-02-03T00:00:00Z',
          },
          coord: {
            type: 'literal',
            datatype: 'http://www.opengis.net/ont/geosparql#wktLiteral',
            value: 'Point(500 500)',
          },
        },
        { item: { type: 'uri', value: 'http://www.wikidata.org/entity/Q2' } },
        'not a binding',
        { itemLabel: { value: 7 }, when: null },
        {},
      ],
    },
  })
  const { dataset, leftOut } = await open('odd.json', text)
  expect(dataset.events.map((event) => [event.title, event.date])).toEqual([['Kept', '2001-02-03']])
  expect(dataset.events[0]?.place).toBeUndefined()
  expect(leftOut.map((issue) => issue.path)).toEqual(['row 2, column "when"', 'row 3', 'row 4', 'row 5'])
  expect(leftOut.map((issue) => (issue.at && 'number' in issue.at ? issue.at.number : null))).toEqual([
    2, 3, 4, 5,
  ])
  expect(
    leftOut
      .slice(1)
      .every(
        (issue) =>
          issue.problem?.expected.code === 'bindingValue' || issue.problem?.expected.code === 'binding',
      ),
  ).toBe(true)
  const none = await importFiles([
    { name: 'none.json', text: '{"head":{"vars":[]},"results":{"bindings":[]}}' },
  ])
  expect(none).toMatchObject({
    ok: false,
    refusal: { code: 'noneRead', what: { code: 'queryResults', file: 'none.json', simple: false, rows: 0 } },
  })
  expect(none.ok ? '' : none.message).toMatch(/none\.json holds a query’s results .* of 0 rows/)
})
