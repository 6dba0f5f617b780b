import { DatasetLoadError } from '../dataset/load/dataset-load-error'
import { formatIssue } from '../dataset/validate/dataset-issue'

const MAX_SHOWN = 50

/** Why a dataset could not be opened, with every problem listed by place. */
export function DatasetErrors({ error }: { error: Error }) {
  const issues = error instanceof DatasetLoadError ? error.issues : []
  return (
    <section className="dataset-errors" role="alert" aria-labelledby="dataset-errors-title">
      <h2 id="dataset-errors-title">The dataset could not be opened</h2>
      <p>{error.message || 'Something went wrong while loading the dataset.'}</p>
      {issues.length > 0 && (
        <ul className="dataset-errors-list">
          {issues.slice(0, MAX_SHOWN).map((issue, index) => (
            // Issues have no id of their own and never reorder.
            // biome-ignore lint/suspicious/noArrayIndexKey: a static list
            <li key={index}>
              <code>{formatIssue(issue)}</code>
            </li>
          ))}
        </ul>
      )}
      {issues.length > MAX_SHOWN && <p>…and {issues.length - MAX_SHOWN} more.</p>}
    </section>
  )
}
