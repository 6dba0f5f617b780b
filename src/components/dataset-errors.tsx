import { useEffect } from 'react'
import { defineMessages } from '../i18n/messages'
import { useT } from '../i18n/use-t'
import { useModuleWhen } from './use-module-when'

const messages = defineMessages({
  title: { id: 'datasetErrors.title', defaultMessage: 'The dataset could not be opened' },
  pageTitle: {
    id: 'datasetErrors.pageTitle',
    defaultMessage: 'The dataset could not be opened — Story Timeline',
  },
})

// The words of every kind of problem (~3 kB) load with the first failure, not with the first view.
const loadDetails = () => import('./dataset-errors/dataset-error-details')

/**
 * Why a dataset could not be opened: every kind of problem, by place, each kind once with a count.
 * `ownsPage`: nothing else is on the page (a link that failed), so the tab's title says so too, not
 * the title the page was first served with.
 */
export function DatasetErrors({ error, ownsPage = false }: { error: Error; ownsPage?: boolean }) {
  const t = useT()
  const details = useModuleWhen(loadDetails, true)
  const pageTitle = ownsPage ? t(messages.pageTitle) : null
  useEffect(() => {
    if (pageTitle) document.title = pageTitle
  }, [pageTitle])
  return (
    <section
      className="dataset-errors"
      role="alert"
      aria-labelledby="dataset-errors-title"
      aria-busy={!details}
    >
      <h2 id="dataset-errors-title">{t(messages.title)}</h2>
      {details && <details.DatasetErrorDetails error={error} />}
    </section>
  )
}
