import type { ReactNode } from 'react'
import type { DatasetIssue, IssueProblem } from '../../dataset/validate/dataset-issue'
import { defineMessages } from '../../i18n/messages'
import { richText } from '../../i18n/rich-text'
import { formatProblemWords } from './format-problem-words'
import { foundValueWords } from './found-value-words'
import { placeWords } from './place-words'

// An issue that came as codes, in the reader's language: shared by a refusal's issues and the rows
// left out (components/reasons/), so both word a code alike. Where it is, a path in the file
// ("events[3].date") is the file's own, shown as it is; an importer's row is worded (place-words.tsx).
const messages = defineMessages({
  issue: { id: 'datasetErrors.issue', defaultMessage: '{path}: expected {expected}, found {found}' },
  theFile: { id: 'datasetErrors.theFile', defaultMessage: '(the file)' },
  lineColumn: { id: 'datasetErrors.lineColumn', defaultMessage: 'line {line}, column {column}' },
})

/** A path of the file, as the file writes it. */
export const place = (path: string) => (
  <bdi>
    <code>{path}</code>
  </bdi>
)

/** Where an issue is: a row's place worded, a path of the file as it is, or the file. */
export function whereWords(issue: DatasetIssue): ReactNode {
  if (issue.at) return placeWords(issue.at)
  return issue.path ? place(issue.path) : richText(messages.theFile, {})
}

function pathWords(issue: DatasetIssue, expected: IssueProblem['expected']): ReactNode {
  if (expected.code === 'json')
    return richText(messages.lineColumn, { line: String(expected.line), column: String(expected.column) })
  return whereWords(issue)
}

/** "events[3].date: expected a text, found 42", each part worded from its code. */
export function codedIssueWords(issue: DatasetIssue, problem: IssueProblem): ReactNode {
  return richText(messages.issue, {
    path: pathWords(issue, problem.expected),
    expected: formatProblemWords(problem.expected),
    found: foundValueWords(problem.found),
  })
}
