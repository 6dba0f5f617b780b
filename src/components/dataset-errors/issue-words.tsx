import type { ReactNode } from 'react'
import { type DatasetIssue, formatIssueGroup, type IssueGroup } from '../../dataset/validate/dataset-issue'
import { defineMessages } from '../../i18n/messages'
import { richText } from '../../i18n/rich-text'
import { RowProblemWords } from '../reasons/row-problem-words'
import { formatProblemWords } from './format-problem-words'
import { foundValueWords } from './found-value-words'

// An issue of a dataset, or a kind of them with a count, in the reader's language. Where it is (a
// path in the file, "events[3].date") is the file's own, shown as it is.
const messages = defineMessages({
  issue: { id: 'datasetErrors.issue', defaultMessage: '{path}: expected {expected}, found {found}' },
  theFile: { id: 'datasetErrors.theFile', defaultMessage: '(the file)' },
  lineColumn: { id: 'datasetErrors.lineColumn', defaultMessage: 'line {line}, column {column}' },
  more: {
    id: 'datasetErrors.moreLikeIt',
    defaultMessage: '{issue}; and {count, plural, one {# more like it} other {# more like it}} ({places})',
  },
})

const place = (path: string) => (
  <bdi>
    <code>{path}</code>
  </bdi>
)

function pathWords(issue: DatasetIssue): ReactNode {
  const expected = issue.problem?.expected
  if (expected?.code === 'json')
    return richText(messages.lineColumn, { line: String(expected.line), column: String(expected.column) })
  return issue.path ? place(issue.path) : richText(messages.theFile, {})
}

/** One issue: in the reader's language where it came as codes, else its English marked as such. */
export function IssueWords({ issue }: { issue: DatasetIssue }): ReactNode {
  if (issue.row) return <RowProblemWords problem={issue.row} />
  if (!issue.problem) {
    return (
      <span lang="en" dir="ltr">
        {formatIssueGroup({ first: issue, count: 1, places: [issue.path] })}
      </span>
    )
  }
  return richText(messages.issue, {
    path: pathWords(issue),
    expected: formatProblemWords(issue.problem.expected),
    found: foundValueWords(issue.problem.found),
  })
}

/** A kind of issue: its first, and how many more like it where (a few of their places). */
export function IssueGroupWords({ group }: { group: IssueGroup }): ReactNode {
  const first = <IssueWords issue={group.first} />
  if (group.count === 1) return first
  const others = group.places.slice(1)
  const places = (
    <>
      {others.map((path, index) => (
        <span key={path}>
          {index > 0 && ', '}
          {place(path)}
        </span>
      ))}
      {group.count > group.places.length && ', …'}
    </>
  )
  return richText(messages.more, { issue: first, count: group.count - 1, places })
}
