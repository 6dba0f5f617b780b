import { DatasetLoadError } from '../dataset/load/dataset-load-error'
import { formatIssueGroup, groupIssues } from '../dataset/validate/dataset-issue'

const MAX_SHOWN = 50

/** Why a dataset could not be opened: every kind of problem, by place, each kind once with a count. */
export function DatasetErrors({ error }: { error: Error }) {
  const groups = groupIssues(error instanceof DatasetLoadError ? error.issues : [])
  return (
    <section className="dataset-errors" role="alert" aria-labelledby="dataset-errors-title">
      <h2 id="dataset-errors-title">The dataset could not be opened</h2>
      <p>{error.message || 'Something went wrong while loading the dataset.'}</p>
      {groups.length > 0 && (
        <ul className="dataset-errors-list">
          {groups.slice(0, MAX_SHOWN).map((group, index) => (
            // Groups have no id of their own and never reorder.
            // biome-ignore lint/suspicious/noArrayIndexKey: a static list
            <li key={index}>
              <code>{formatIssueGroup(group)}</code>
            </li>
          ))}
        </ul>
      )}
      {groups.length > MAX_SHOWN && <p>…and {groups.length - MAX_SHOWN} more kinds of problem.</p>}
    </section>
  )
}
