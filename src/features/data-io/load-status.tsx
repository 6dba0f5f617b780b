import { DatasetErrors } from '../../components/dataset-errors'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import { ColumnsStep } from './column-mapping/columns-step'
import type { FileOpening } from './use-open-files'
import './data-io.css'

const messages = defineMessages({
  checking: { id: 'dataIo.checking', defaultMessage: 'Checking {name}…' },
  reading: { id: 'dataIo.reading', defaultMessage: 'Reading {name}…' },
  opening: { id: 'dataIo.opening', defaultMessage: 'Opening {name}' },
  stillOpen: { id: 'dataIo.stillOpen', defaultMessage: 'The story that was open is still open.' },
  dismiss: { id: 'notices.dismiss', defaultMessage: 'Dismiss' },
})

/**
 * Progress while files open; if they fail, why, while the story that was open stays open; the mapping
 * step for a sheet whose columns are to be chosen.
 */
export function LoadStatus({ opening }: { opening: FileOpening }) {
  const t = useT()
  const { name, progress, error } = opening
  if (opening.choosing) return <ColumnsStep opening={opening} />
  if (opening.pending) {
    const percent = progress ? Math.round(progress.fraction * 100) : 0
    const label =
      progress?.stage === 'checking' || progress?.stage === 'workbook'
        ? t(messages.checking, { name })
        : t(messages.reading, { name })
    return (
      <div className="load-status" role="status">
        <span>{label}</span>
        <progress max={100} value={percent} aria-label={t(messages.opening, { name })}>
          {percent}%
        </progress>
      </div>
    )
  }
  if (!error) return null
  return (
    <div className="load-failed">
      <DatasetErrors error={error} />
      <p>{t(messages.stillOpen)}</p>
      <button type="button" className="link-button" onClick={opening.dismiss}>
        {t(messages.dismiss)}
      </button>
    </div>
  )
}
