import { render } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import type { FormatProblem } from '../../dataset/format/format-problem'
import { isFormatProblem } from '../../dataset/format/is-format-problem'
import { readIssue } from '../../dataset/import/read-issue'
import {
  formatIssue,
  formatIssueGroup,
  groupIssues,
  isIssueProblem,
} from '../../dataset/validate/dataset-issue'
import type { FoundValue } from '../../dataset/validate/found-value'
import { parseJson } from '../../dataset/validate/parse-json'
import { type IssuePlace, placeInEnglish, type RowPlace } from '../../dataset/validate/row-place'
import { validateDataset } from '../../dataset/validate/validate-dataset'
import { activateLanguage, ENGLISH } from '../../i18n/i18n-store'
import { loadLanguage } from '../../i18n/load-language'
import { IssueGroupWords, IssueWords } from './issue-words'

afterEach(() => activateLanguage(ENGLISH))

// Every code, with each of its variants.
const EXPECTED: FormatProblem[] = [
  ...(['string', 'number', 'int', 'array', 'object', 'boolean', 'other'] as const).map(
    (type): FormatProblem => ({ code: 'type', type }),
  ),
  { code: 'oneOf', values: ['occurred', 'scheduled', 'alleged'] },
  { code: 'knownField' },
  { code: 'nonEmptyText' },
  { code: 'atMost', max: 2000, of: 'characters' },
  { code: 'atMost', max: 3, of: 'items' },
  { code: 'atMost', max: 90, of: 'number' },
  { code: 'atLeast', min: -90 },
  { code: 'atLeastOne', of: 'paragraph' },
  { code: 'atLeastOne', of: 'step' },
  { code: 'atLeastOne', of: 'item' },
  { code: 'paragraphFromOne' },
  { code: 'slug' },
  { code: 'sha256Digest' },
  { code: 'webAddress' },
  { code: 'countryCode' },
  { code: 'validFormat', format: 'email' },
  { code: 'edtf', problem: 'noSuchDay' },
  { code: 'countryOfCountry' },
  { code: 'latitudeWithLongitude' },
  { code: 'placeNamed' },
  { code: 'urlOrOutlet' },
  { code: 'fieldOfVersion', version: 'story-timeline/2' },
  { code: 'speakerBefore', version: 'story-timeline/3' },
  ...(['actors', 'events', 'categories', 'documents'] as const).map(
    (list): FormatProblem => ({ code: 'idIn', list }),
  ),
  { code: 'ownActor' },
  ...(['actor', 'category', 'heading', 'numberName'] as const).map(
    (of): FormatProblem => ({ code: 'once', of }),
  ),
  { code: 'stepText' },
  { code: 'newId', list: 'events', first: 'events[0]' },
  { code: 'notFirstDocumentId' },
  { code: 'sha256OfText' },
  { code: 'paragraphUpTo', count: 12, document: null },
  { code: 'paragraphUpTo', count: 4, document: 'documents[1]' },
  { code: 'listedHeading', paragraph: 3, headings: 'source.headings', listed: [1, 5], more: false },
  { code: 'listedHeading', paragraph: 3, headings: 'source.headings', listed: [], more: false },
  { code: 'listedHeading', paragraph: 3, headings: 'source.headings', listed: [1, 2], more: true },
  { code: 'json', error: 'PropertyNameExpected', line: 3, column: 7 },
  { code: 'json', error: 'InvalidCommentToken', line: 1, column: 1 },
  { code: 'said', english: 'something zod said' },
  { code: 'wellFormedCsvRow' },
  { code: 'componentEnded', kind: 'VEVENT' },
  { code: 'icalReadable', kind: 'VCALENDAR' },
  { code: 'icalFieldsReadable' },
  { code: 'dtstart' },
  { code: 'summary' },
  { code: 'tookPlace' },
  { code: 'slide' },
  { code: 'dateInParts' },
  { code: 'headlineOrText' },
  { code: 'gdeltFields' },
  { code: 'yyyymmdd' },
  { code: 'binding' },
  { code: 'bindingValue' },
  { code: 'resultRow' },
  { code: 'geojsonFeature' },
  { code: 'jsonObjectLine' },
  { code: 'forensicTime' },
  { code: 'message' },
  { code: 'headerRow' },
  { code: 'columnNamed', column: 'speaker' },
  { code: 'dateColumn' },
  { code: 'titleColumn' },
  { code: 'sheetOfEvents' },
  { code: 'datasetOrEventsCsv' },
  { code: 'atLeastOneEvent' },
]
const FOUND: FoundValue[] = [
  { code: 'missing' },
  { code: 'null' },
  { code: 'text', shown: '"soon"', length: null },
  { code: 'text', shown: '"a long one…"', length: 4200 },
  { code: 'value', shown: '42' },
  { code: 'list', count: 3 },
  { code: 'object' },
  { code: 'unknownField' },
  { code: 'endOfFile' },
  { code: 'other', type: 'bigint' },
  { code: 'cellCount', cells: 5, header: 3 },
  { code: 'cellCount', cells: 1, header: 3 },
  { code: 'brokenRow' },
  { code: 'parserSaid', english: 'quoted field unterminated' },
  { code: 'none' },
  { code: 'fileEndsFirst' },
  { code: 'cancelled' },
  ...['string', 'number', 'boolean', 'object', 'bigint'].map(
    (type): FoundValue => ({ code: 'jsType', type }),
  ),
  { code: 'fieldCount', count: 1 },
  { code: 'fieldCount', count: 12 },
  { code: 'noneReadable' },
  { code: 'brokenJson', english: null },
  { code: 'brokenJson', english: 'Unexpected token } in JSON at position 9' },
  { code: 'aList' },
  { code: 'typed', type: 'Point' },
  { code: 'emptyCell' },
  { code: 'columns', names: [], more: 0 },
  { code: 'columns', names: ['Fecha', 'Título'], more: 0 },
  { code: 'columns', names: ['a', 'b'], more: 1200 },
  { code: 'noRows' },
  { code: 'files', names: [] },
  { code: 'files', names: ['quotes.csv', 'notes.txt'] },
]
// Where a refused file's problem is when it is no row's.
const FILE_PLACES: IssuePlace[] = [
  { kind: 'header', file: 'events.csv' },
  { kind: 'sheet', sheet: 'Hoja 1' },
  { kind: 'file' },
  { kind: 'files' },
]
// Every kind of a row's place, with each of its parts.
const PLACES: RowPlace[] = [
  { kind: 'row', number: 5 },
  { kind: 'line', number: 12 },
  { kind: 'row', number: 4, quotes: true, column: 'speaker' },
  { kind: 'row', number: 7, column: 'date' },
  { kind: 'row', number: 3, part: 'SQLDATE' },
  { kind: 'line', number: 9, part: '2023-08-15T09:00:00', within: '.title' },
  { kind: 'row', number: 2, within: '.place.latitude' },
]

const shown = (node: React.ReactNode) => {
  const { container, unmount } = render(<span>{node}</span>)
  const text = container.textContent
  unmount()
  return text
}

test('the page’s English says every problem as the dataset checker does, code by code', () => {
  for (const expected of EXPECTED) {
    for (const found of FOUND) {
      const issue = readIssue('events[3].date', expected, found)
      expect(isIssueProblem(issue.problem)).toBe(true)
      const english = formatIssueGroup({ first: issue, count: 1, places: [issue.path] })
      if (expected.code === 'json')
        expect(shown(<IssueWords issue={issue} />)).toMatch(/^line \d+, column \d+: /)
      else expect(shown(<IssueWords issue={issue} />)).toBe(english)
    }
  }
  const at = (index: number) =>
    readIssue(`events[${index}].date`, EXPECTED[0] as FormatProblem, FOUND[0] as FoundValue)
  for (const count of [2, 4, 9]) {
    const [group] = groupIssues(Array.from({ length: count }, (_, index) => at(index)))
    if (!group) throw new Error('a group')
    expect(shown(<IssueGroupWords group={group} />)).toBe(formatIssueGroup(group))
  }
})

test('a row’s place is worded as its English says it, code by code', () => {
  for (const at of [...PLACES, ...FILE_PLACES]) {
    const issue = readIssue(at, { code: 'message' }, { code: 'emptyCell' })
    expect(issue.path).toBe(placeInEnglish(at))
    expect(shown(<IssueWords issue={issue} />)).toBe(formatIssue(issue))
  }
  const rows = PLACES.slice(0, 3).map((at) =>
    readIssue(at, { code: 'gdeltFields' }, { code: 'fieldCount', count: 3 }),
  )
  const [group] = groupIssues(rows)
  if (!group) throw new Error('a group')
  expect(shown(<IssueGroupWords group={group} />)).toBe(formatIssueGroup(group))
})

test('a syntax error is worded where it is, line and column, as the checker says', () => {
  const parsed = parseJson('{\n  "title": "x",\n  oops\n}')
  if (parsed.ok) throw new Error('not JSON')
  expect(shown(<IssueWords issue={parsed.issue} />)).toBe(
    formatIssueGroup({ first: parsed.issue, count: 1, places: [parsed.issue.path] }),
  )
})

test('a dataset’s real problems all come as codes, worded as the checker words them', () => {
  const result = validateDataset({
    format: 'story-timeline/2',
    title: ' ',
    source: { title: 'A', paragraphs: 2, extra: 1 },
    actors: [{ id: 'Kim', name: 'Kim', kind: 'country' }],
    events: [
      {
        id: 'a',
        title: 'A',
        date: '2023-02-30',
        status: 'maybe',
        actors: ['nobody'],
        source: { paragraphs: [3] },
      },
      { id: 'a', title: 'B', date: 'soon', status: 'occurred', actors: [], place: { latitude: 4 } },
    ],
    quotes: [{ id: 'q', text: 'x', speaker: 'nobody', event: 'none' }],
    narratives: [{ id: 'n', title: 'N', steps: [] }],
  })
  if (result.ok) throw new Error('invalid')
  expect(result.issues.length).toBeGreaterThan(8)
  for (const issue of result.issues) {
    expect(issue.problem && isFormatProblem(issue.problem.expected)).toBe(true)
    expect(issue.problem?.expected.code).not.toBe('said')
  }
  for (const group of groupIssues(result.issues)) {
    expect(shown(<IssueGroupWords group={group} />)).toBe(formatIssueGroup(group))
  }
})

test('in Arabic every code is Arabic, the file’s paths and values isolated as data', async () => {
  activateLanguage(await loadLanguage('ar'))
  for (const expected of EXPECTED) {
    if (expected.code === 'said') continue
    for (const found of FOUND) {
      const { container, unmount } = render(
        <IssueWords issue={readIssue('events[3].date', expected, found)} />,
      )
      if (expected.code !== 'json')
        expect(container.querySelector('bdi code')?.textContent).toBe('events[3].date')
      // The words around the data: every <bdi> (a path, a value, a field's name in the file) taken out.
      const words = container.cloneNode(true) as HTMLElement
      for (const data of words.querySelectorAll('bdi')) data.remove()
      expect(words.textContent).not.toMatch(/expected|found|\bthe\b|\ba\b|nothing|characters|paragraph|list/)
      unmount()
    }
  }
})

test.each(['ar', 'uk', 'es', 'fr'] as const)(
  'in %s a row’s place is in the language, its number and names isolated',
  async (language) => {
    activateLanguage(await loadLanguage(language))
    for (const at of PLACES) {
      const { container, unmount } = render(
        <IssueWords issue={readIssue(at, { code: 'forensicTime' }, { code: 'value', shown: '"soon"' })} />,
      )
      const words = container.cloneNode(true) as HTMLElement
      for (const data of words.querySelectorAll('bdi')) data.remove()
      expect(words.textContent).not.toMatch(/\b(row|line|quotes|file|column|expected|found)\b/)
      // The row's number, and each name of the file, is a run of its own.
      expect([...container.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).toContain(
        String(at.number),
      )
      unmount()
    }
    for (const at of FILE_PLACES) {
      const { container, unmount } = render(
        <IssueWords
          issue={readIssue(at, { code: 'headerRow' }, { code: 'columns', names: ['x'], more: 0 })}
        />,
      )
      const words = container.cloneNode(true) as HTMLElement
      for (const data of words.querySelectorAll('bdi')) data.remove()
      expect(words.textContent).not.toMatch(/\b(header|sheet|file|files|columns|expected|found)\b/)
      unmount()
    }
  },
)
