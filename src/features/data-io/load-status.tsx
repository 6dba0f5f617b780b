import { DatasetErrors } from '../../components/dataset-errors'
import type { LoadProgress } from '../../dataset/load/worker/protocol'

export type LoadState =
  | { status: 'idle' }
  | { status: 'loading'; name: string; progress: LoadProgress | null }
  | { status: 'failed'; name: string; error: Error }

/** Progress while a dataset opens; if it fails, why, while the story that was open stays open. */
export function LoadStatus({ state, onDismiss }: { state: LoadState; onDismiss: () => void }) {
  if (state.status === 'idle') return null
  if (state.status === 'loading') {
    const percent = state.progress ? Math.round(state.progress.fraction * 100) : 0
    const label = state.progress?.stage === 'checking' ? `Checking ${state.name}…` : `Reading ${state.name}…`
    return (
      <div className="load-status" role="status">
        <span>{label}</span>
        <progress max={100} value={percent} aria-label={`Opening ${state.name}`}>
          {percent}%
        </progress>
      </div>
    )
  }
  return (
    <div className="load-failed">
      <DatasetErrors error={state.error} />
      <p>The story that was open is still open.</p>
      <button type="button" className="link-button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  )
}
