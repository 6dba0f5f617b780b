import { render } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import type { DateProblem } from '../../dataset/dates/date-problem'
import { edtfProblemInEnglish } from '../../dataset/dates/edtf-problem-english'
import type { EdtfProblem } from '../../dataset/dates/story-date'
import { readIssue } from '../../dataset/import/read-issue'
import { dateProblemInEnglish } from '../../dataset/import/values/date-problem-english'
import { formatIssue, type RowProblem } from '../../dataset/validate/dataset-issue'
import { activateLanguage, ENGLISH } from '../../i18n/i18n-store'
import { loadLanguage } from '../../i18n/load-language'
import { edtfProblemWords } from './edtf-problem-words'
import { IssueWords, RowProblemWords } from './row-problem-words'

afterEach(() => activateLanguage(ENGLISH))

const EDTF: EdtfProblem[] = ['spaces', 'noSuchDay', 'endBeforeStart', 'noKnownEnd', 'outsideYears', 'notEdtf']
const DATES: DateProblem[] = [
  { code: 'edtf', problem: 'noSuchDay' },
  { code: 'noSuchDay' },
  { code: 'tooLong' },
  { code: 'emptyCell' },
  { code: 'noSuchTime' },
  { code: 'excelNumber' },
  { code: 'monthName', found: 'Brumaire' },
  { code: 'hijriAlone' },
  { code: 'noYearZero' },
  { code: 'rangeEnd', found: '2003–2001' },
  { code: 'notADate' },
]

test('the page’s English says each date problem and row problem as the list of rows left out does', () => {
  for (const problem of EDTF) expect(edtfProblemWords(problem)).toBe(edtfProblemInEnglish(problem))
  for (const problem of DATES) {
    const row: RowProblem = { line: 6648, column: 'date', expected: { code: 'date', problem }, found: 'soon' }
    const { container, unmount } = render(<RowProblemWords problem={row} />)
    const english = `row 6648, column "date": expected ${dateProblemInEnglish(problem)}, found "soon"`
    expect(container.textContent).toBe(english)
    unmount()
  }
  const title: RowProblem = { line: 4, column: 'Qué', expected: { code: 'title' }, found: null }
  const { container } = render(<RowProblemWords problem={title} />)
  expect(container.textContent).toBe(
    formatIssue({ path: 'row 4, column "Qué"', expected: 'a title', found: 'an empty cell' }),
  )
})

test('in Arabic a row’s problem is Arabic, its column and cell isolated as data', async () => {
  activateLanguage(await loadLanguage('ar'))
  const row: RowProblem = {
    line: 12,
    column: 'Fecha',
    expected: { code: 'date', problem: { code: 'notADate' } },
    found: 'pronto',
  }
  const { container } = render(<RowProblemWords problem={row} />)
  expect(container.textContent).not.toMatch(/expected|found|row/)
  // The row's number is isolated too, as the file's (its digits keep their place right to left).
  expect(Array.from(container.querySelectorAll('bdi'), (bdi) => bdi.textContent)).toEqual([
    '12',
    'Fecha',
    'pronto',
  ])
  expect(edtfProblemWords('noSuchDay')).not.toMatch(/calendar/)
})

test('a row left out as codes (a CSV row not well-formed) is worded from its codes, the parser’s words marked English', async () => {
  const cells = readIssue('row 4', { code: 'wellFormedCsvRow' }, { code: 'cellCount', cells: 5, header: 3 })
  const quote = readIssue(
    'row 9',
    { code: 'wellFormedCsvRow' },
    { code: 'parserSaid', english: 'quoted field unterminated' },
  )
  for (const issue of [cells, quote]) {
    const { container, unmount } = render(<IssueWords issue={issue} />)
    expect(container.textContent).toBe(formatIssue(issue))
    unmount()
  }
  activateLanguage(await loadLanguage('ar'))
  const { container } = render(<IssueWords issue={quote} />)
  const said = container.querySelector('bdi[lang="en"]')
  expect(said?.textContent).toBe('quoted field unterminated')
  expect(said?.getAttribute('dir')).toBe('ltr')
  // The words around the data: the place the importer names ("row 9") and the parser's words are
  // isolated, as the file's.
  const words = container.cloneNode(true) as HTMLElement
  for (const data of words.querySelectorAll('bdi')) data.remove()
  expect(words.textContent).not.toMatch(/expected|found|row|well-formed/)
  const { container: counted } = render(<IssueWords issue={cells} />)
  expect(counted.textContent).not.toMatch(/cells|header|expected/)
})
