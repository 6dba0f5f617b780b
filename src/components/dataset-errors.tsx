import { DatasetLoadError } from '../dataset/load/dataset-load-error'
import { formatIssueGroup, groupIssues } from '../dataset/validate/dataset-issue'
import { defineMessages } from '../i18n/messages'
import { useLanguage, useT } from '../i18n/use-t'

const messages = defineMessages({
  title: { id: 'datasetErrors.title', defaultMessage: 'The dataset could not be opened' },
  unknown: { id: 'datasetErrors.unknown', defaultMessage: 'Something went wrong while loading the dataset.' },
  more: {
    id: 'datasetErrors.more',
    defaultMessage: '…and {count, plural, one {# more kind} other {# more kinds}} of problem.',
  },
  inEnglish: {
    id: 'datasetErrors.inEnglish',
    defaultMessage: 'The problems are named in English, as the dataset’s format writes them:',
  },
})

const MAX_SHOWN = 50

/** Why a dataset could not be opened: every kind of problem, by place, each kind once with a count. */
export function DatasetErrors({ error }: { error: Error }) {
  const t = useT()
  const english = useLanguage().language === 'en'
  const groups = groupIssues(error instanceof DatasetLoadError ? error.issues : [])
  return (
    <section className="dataset-errors" role="alert" aria-labelledby="dataset-errors-title">
      <h2 id="dataset-errors-title">{t(messages.title)}</h2>
      <p>{error.message || t(messages.unknown)}</p>
      {groups.length > 0 && !english && <p>{t(messages.inEnglish)}</p>}
      {groups.length > 0 && (
        <ul lang="en" dir="ltr" className="dataset-errors-list">
          {groups.slice(0, MAX_SHOWN).map((group, index) => (
            // Groups have no id of their own and never reorder.
            // biome-ignore lint/suspicious/noArrayIndexKey: a static list
            <li key={index}>
              <code>{formatIssueGroup(group)}</code>
            </li>
          ))}
        </ul>
      )}
      {groups.length > MAX_SHOWN && <p>{t(messages.more, { count: groups.length - MAX_SHOWN })}</p>}
    </section>
  )
}
