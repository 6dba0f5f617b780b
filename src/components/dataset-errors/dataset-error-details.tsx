import { DatasetLoadError } from '../../dataset/load/dataset-load-error'
import { groupIssues } from '../../dataset/validate/dataset-issue'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import { IssueGroupWords } from './issue-words'
import { loadProblemWords } from './load-problem-words'
import { refusalWords } from './refusal-words'

// Loaded only once a dataset has failed (dataset-errors.tsx): the words of every kind of problem
// are not part of the first view.
const messages = defineMessages({
  unknown: { id: 'datasetErrors.unknown', defaultMessage: 'Something went wrong while loading the dataset.' },
  more: {
    id: 'datasetErrors.more',
    defaultMessage: '…and {count, plural, one {# more kind} other {# more kinds}} of problem.',
  },
})

const MAX_SHOWN = 50

/**
 * Why a dataset could not be opened, in the reader's language (every load's failure comes as a code:
 * a cause on the way, or an importer's refusal); an error without one, its message marked as English.
 */
export function DatasetErrorDetails({ error }: { error: Error }) {
  const t = useT()
  const loadError = error instanceof DatasetLoadError ? error : null
  const groups = groupIssues(loadError?.issues ?? [])
  return (
    <>
      {loadError?.problem ? (
        <p>
          {loadError.problem.code === 'refused'
            ? refusalWords(loadError.problem.refusal)
            : loadProblemWords(loadError.problem)}
        </p>
      ) : error.message ? (
        <p lang="en" dir="ltr">
          {error.message}
        </p>
      ) : (
        <p>{t(messages.unknown)}</p>
      )}
      {groups.length > 0 && (
        <ul className="dataset-errors-list">
          {groups.slice(0, MAX_SHOWN).map((group, index) => (
            // Groups have no id of their own and never reorder.
            // biome-ignore lint/suspicious/noArrayIndexKey: a static list
            <li key={index}>
              <IssueGroupWords group={group} />
            </li>
          ))}
        </ul>
      )}
      {groups.length > MAX_SHOWN && <p>{t(messages.more, { count: groups.length - MAX_SHOWN })}</p>}
    </>
  )
}
