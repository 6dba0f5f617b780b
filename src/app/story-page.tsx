import { DatasetErrors } from '../components/dataset-errors'
import { LoadingState } from '../components/loading-state'
import { DropZone } from '../features/data-io/drop-zone'
import { LoadStatus } from '../features/data-io/load-status'
import { OpenDatasetButton } from '../features/data-io/open-dataset-button'
import { Dashboard } from './dashboard'
import { EmbedPage } from './embed-page'
import { useStorySource } from './use-story-source'

/**
 * The page: the dashboard for the open story; while there is none, what is happening and a way out
 * (cancel a load; after a failure or a stop, try again, open a file or the built-in story).
 */
export function StoryPage({ datasetUrl, embedded = false }: { datasetUrl: string; embedded?: boolean }) {
  const source = useStorySource(datasetUrl)
  const { story, opening } = source
  // An embed shows the story its address names; files are opened in the full app.
  if (story && embedded) return <EmbedPage story={story} />
  if (story) {
    return (
      <>
        <DropZone onFiles={opening.open} />
        <Dashboard
          story={story}
          source={{
            isBuiltin: source.isBuiltin,
            opening,
            onOpenBuiltin: source.openBuiltin,
            onDeclineFile: source.fileName === null ? null : source.declineFile,
          }}
        />
      </>
    )
  }
  const tryAgain = (
    <button type="button" className="icon-button" onClick={source.retry}>
      Try again
    </button>
  )
  const openOthers = (
    <>
      {!source.isBuiltin && (
        <button type="button" className="primary-button" onClick={source.openBuiltin}>
          Open the built-in story
        </button>
      )}
      <OpenDatasetButton onFiles={opening.open} disabled={opening.pending} />
    </>
  )
  return (
    <main className="page">
      <DropZone onFiles={opening.open} />
      <h1 className="page-title">Story Timeline</h1>
      <LoadStatus opening={opening} />
      {source.status === 'loading' && (
        <div className="button-row start">
          <LoadingState label="Loading the story…" />
          <button type="button" className="icon-button" onClick={source.cancel}>
            Cancel
          </button>
        </div>
      )}
      {source.status === 'stopped' && (
        <>
          <p role="status">Loading the story was stopped.</p>
          <div className="button-row start">
            {tryAgain}
            {openOthers}
          </div>
        </>
      )}
      {source.status === 'file-not-here' && (
        <>
          <p role="status">
            This address is of “{source.fileName}”, a file opened from a computer: a link cannot open it. Open
            the file again, or another story.
          </p>
          <div className="button-row start">{openOthers}</div>
        </>
      )}
      {source.status === 'failed' && source.failure && (
        <>
          <DatasetErrors error={source.failure} />
          <div className="button-row start">
            {source.canRetry && tryAgain}
            {openOthers}
          </div>
        </>
      )}
    </main>
  )
}
