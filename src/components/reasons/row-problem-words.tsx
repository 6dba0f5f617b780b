import type { DateProblem } from '../../dataset/dates/date-problem'
import { type DatasetIssue, formatIssue, type RowProblem } from '../../dataset/validate/dataset-issue'
import { defineMessages } from '../../i18n/messages'
import { richText } from '../../i18n/rich-text'
import { codedIssueWords } from '../dataset-errors/coded-issue-words'
import { edtfProblemWords } from './edtf-problem-words'

// A row the reader could not make an event of, in the reader's language: where (its line and
// column), what the cell should hold and what it held. The cell's text and the column's name are
// data, isolated in <bdi>. Row numbers are the file's, written as the file's lines are (no grouping),
// isolated too, as an importer's places are (dataset-errors/place-words.tsx).
const messages = defineMessages({
  row: {
    id: 'reasons.row',
    defaultMessage: 'row {line}, column "{column}": expected {expected}, found {found}',
  },
  date: {
    id: 'reasons.date',
    defaultMessage:
      '{code, select, noSuchDay {a calendar date that exists (month 1–12, a day that the month has)} tooLong {a date of a few characters} emptyCell {a date (the cell is empty)} noSuchTime {a time of day that exists (hours 0–23, minutes and seconds 0–59)} excelNumber {an Excel date number (1 to 2958465)} monthName {a month’s name (found “{found}”)} hijriAlone {a Gregorian date (a Hijri date alone is not read: write the Gregorian beside it)} noYearZero {a year from 1 BC or AD on (there is no year 0 in either)} rangeEnd {a range whose end comes after its start (found {found})} other {a date such as 2022-02-24, 24/02/2022, 02/24/2022, 24 February 2022, Feb 24, 2022, February 2022, c. 1850 or March–April 2003}}',
  },
  dateParts: { id: 'reasons.dateParts', defaultMessage: 'a date (a year, and a month and day if known)' },
  title: { id: 'reasons.title', defaultMessage: 'a title' },
  empty: { id: 'reasons.emptyCell', defaultMessage: 'an empty cell' },
  text: { id: 'reasons.cellText', defaultMessage: '"{text}"' },
})

function dateWords(problem: DateProblem) {
  if (problem.code === 'edtf') return edtfProblemWords(problem.problem)
  const found = 'found' in problem ? <bdi>{problem.found}</bdi> : ''
  return richText(messages.date, { code: problem.code, found })
}

function expectedWords(expected: RowProblem['expected']) {
  if (expected.code === 'date') return dateWords(expected.problem)
  return richText(messages[expected.code], {})
}

/** A row's problem in the reader's language ("row 5, column "date": expected a date…, found "soon""). */
export function RowProblemWords({ problem }: { problem: RowProblem }) {
  return richText(messages.row, {
    line: <bdi>{String(problem.line)}</bdi>,
    column: <bdi>{problem.column}</bdi>,
    expected: expectedWords(problem.expected),
    found:
      problem.found === null
        ? richText(messages.empty, {})
        : richText(messages.text, { text: <bdi>{problem.found}</bdi> }),
  })
}

/**
 * An issue in the reader's language where its reader said it as codes (a sheet's row, or what the
 * format expected and what was found); else its English (the
 * dataset's checks, in the format's words), marked as English for a screen reader's voice.
 */
export function IssueWords({ issue }: { issue: DatasetIssue }) {
  if (issue.row) return <RowProblemWords problem={issue.row} />
  if (issue.problem) return codedIssueWords(issue, issue.problem)
  return (
    <span lang="en" dir="ltr">
      {formatIssue(issue)}
    </span>
  )
}
