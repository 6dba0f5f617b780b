import type { ReactNode } from 'react'
import { type DatasetIssue, formatIssueGroup, type IssueGroup } from '../../dataset/validate/dataset-issue'
import { separators } from '../../i18n/i18n-store'
import { defineMessages } from '../../i18n/messages'
import { richText } from '../../i18n/rich-text'
import { RowProblemWords } from '../reasons/row-problem-words'
import { codedIssueWords, whereWords } from './coded-issue-words'

// An issue of a dataset, or a kind of them with a count, in the reader's language.
const messages = defineMessages({
  more: {
    id: 'datasetErrors.moreLikeIt',
    defaultMessage: '{issue}; and {count, plural, one {# more like it} other {# more like it}} ({places})',
  },
})

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
  return codedIssueWords(issue, issue.problem)
}

/** A kind of issue: its first, and how many more like it where (a few of their places). */
export function IssueGroupWords({ group }: { group: IssueGroup }): ReactNode {
  const first = <IssueWords issue={group.first} />
  if (group.count === 1) return first
  const others = group.shown.slice(1)
  const places = (
    <>
      {others.map((issue, index) => (
        <span key={issue.path}>
          {index > 0 && separators().comma}
          {whereWords(issue)}
        </span>
      ))}
      {group.count > group.places.length && `${separators().comma}…`}
    </>
  )
  return richText(messages.more, { issue: first, count: group.count - 1, places })
}
