import { DatasetErrors } from '../../components/dataset-errors'
import { ColumnsStep } from './column-mapping/columns-step'
import type { FileOpening } from './use-open-files'
import './data-io.css'

/**
 * Progress while files open; if they fail, why, while the story that was open stays open; the mapping
 * step for a sheet whose columns are to be chosen.
 */
export function LoadStatus({ opening }: { opening: FileOpening }) {
  const { name, progress, error } = opening
  if (opening.choosing) return <ColumnsStep opening={opening} />
  if (opening.pending) {
    const percent = progress ? Math.round(progress.fraction * 100) : 0
    const label =
      progress?.stage === 'checking' || progress?.stage === 'workbook'
        ? `Checking ${name}…`
        : `Reading ${name}…`
    return (
      <div className="load-status" role="status">
        <span>{label}</span>
        <progress max={100} value={percent} aria-label={`Opening ${name}`}>
          {percent}%
        </progress>
      </div>
    )
  }
  if (!error) return null
  return (
    <div className="load-failed">
      <DatasetErrors error={error} />
      <p>The story that was open is still open.</p>
      <button type="button" className="link-button" onClick={opening.dismiss}>
        Dismiss
      </button>
    </div>
  )
}
