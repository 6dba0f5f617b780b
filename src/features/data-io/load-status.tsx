import { DatasetErrors } from '../../components/dataset-errors'
import { useModuleWhen } from '../../components/use-module-when'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import { ColumnsStep } from './column-mapping/columns-step'
import { engineProgressOf, type FileOpening } from './use-open-files'
import './data-io.css'

const messages = defineMessages({
  checking: { id: 'dataIo.checking', defaultMessage: 'Checking {name}…' },
  reading: { id: 'dataIo.reading', defaultMessage: 'Reading {name}…' },
  opening: { id: 'dataIo.opening', defaultMessage: 'Opening {name}' },
  stillOpen: { id: 'dataIo.stillOpen', defaultMessage: 'The story that was open is still open.' },
  dismiss: { id: 'notices.dismiss', defaultMessage: 'Dismiss' },
})

// The query engine's words (a large file, Parquet): loaded only for an opening in the engine.
const loadEngineStatus = () => import('./engine-opening-status')

/**
 * Progress while files open; if they fail, why, while the story that was open stays open; the mapping
 * step for a sheet whose columns are to be chosen.
 */
export function LoadStatus({ opening }: { opening: FileOpening }) {
  const t = useT()
  const { name, progress, error } = opening
  const engineProgress = opening.pending ? engineProgressOf(progress) : null
  // EngineOpenError's name, not the class: the class is the engine path's, loaded with its words.
  const engineFailed = !opening.pending && error?.name === 'EngineOpenError' ? error : null
  const engineStatus = useModuleWhen(loadEngineStatus, engineProgress !== null || engineFailed !== null)
  if (opening.choosing) return <ColumnsStep opening={opening} />
  if (engineProgress)
    return (
      engineStatus && (
        <engineStatus.EngineOpeningProgress
          fileName={name ?? ''}
          progress={engineProgress}
          onCancel={opening.dismiss}
        />
      )
    )
  if (engineFailed)
    return engineStatus && <engineStatus.EngineOpeningFailed opening={opening} error={engineFailed} />
  if (opening.pending) {
    const fraction = progress && 'fraction' in progress ? progress.fraction : 0
    const percent = Math.round(fraction * 100)
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
