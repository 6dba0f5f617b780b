import { DatasetErrors } from '../components/dataset-errors'
import { LoadingState } from '../components/loading-state'
import { useModuleWhen } from '../components/use-module-when'
import { DropZone } from '../features/data-io/drop-zone'
import { LoadStatus } from '../features/data-io/load-status'
import { OpenDatasetButton } from '../features/data-io/open-dataset-button'
import { defineMessages } from '../i18n/messages'
import { useLanguage, useT } from '../i18n/use-t'
import { Dashboard } from './dashboard'
import { EmbedPage } from './embed-page'
import { useStorySource } from './use-story-source'

const messages = defineMessages({
  tryAgain: { id: 'storyPage.tryAgain', defaultMessage: 'Try again' },
  openBuiltin: { id: 'storyPage.openBuiltin', defaultMessage: 'Open the built-in story' },
  appName: { id: 'app.name', defaultMessage: 'Story Timeline' },
  loading: { id: 'storyPage.loading', defaultMessage: 'Loading the story…' },
  cancel: { id: 'storyPage.cancel', defaultMessage: 'Cancel' },
  stopped: { id: 'storyPage.stopped', defaultMessage: 'Loading the story was stopped.' },
  fileNotHere: {
    id: 'storyPage.fileNotHere',
    defaultMessage:
      'This address is of “{name}”, a file opened from a computer: a link cannot open it. Open the file again, or another story.',
  },
})

// The dashboard of a story an engine holds (`?engine=` with no dataset) loads only for one.
const loadEngineDashboard = () => import('./engine-dashboard/engine-dashboard')
// The engine's stages for a linked file (as for a picked one), loaded only for such a link.
const loadEngineStatus = () => import('../features/data-io/engine-opening-status')

/**
 * The page: the dashboard for the open story; while there is none, what is happening and a way out
 * (cancel a load; after a failure or a stop, try again, open a file or the built-in story).
 */
export function StoryPage({ datasetUrl, embedded = false }: { datasetUrl: string; embedded?: boolean }) {
  const t = useT()
  // A new language draws the story's views anew (their memoised words, the timeline's direction);
  // the open story and files stay, above them.
  const { language } = useLanguage()
  const source = useStorySource(datasetUrl)
  const { story, opening } = source
  const { engineHeld } = source
  const engineDashboard = useModuleWhen(loadEngineDashboard, engineHeld !== null)
  const { linkOpening } = source
  const engineStatus = useModuleWhen(loadEngineStatus, linkOpening !== null)
  if (engineHeld !== null)
    return engineDashboard ? (
      // A file opened here or a service's story alike: another file can be opened over it.
      <>
        <DropZone onFiles={opening.open} />
        <engineDashboard.EngineDashboard
          key={language}
          held={engineHeld}
          source={{ opening, onOpenBuiltin: source.openBuiltin }}
        />
      </>
    ) : (
      <main className="page">
        <LoadingState label={t(messages.loading)} />
      </main>
    )
  // An embed shows the story its address names; files are opened in the full app.
  if (story && embedded) return <EmbedPage key={language} story={story} />
  if (story) {
    return (
      <>
        <DropZone onFiles={opening.open} />
        <Dashboard
          key={language}
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
      {t(messages.tryAgain)}
    </button>
  )
  const openOthers = (
    <>
      {!source.isBuiltin && (
        <button type="button" className="primary-button" onClick={source.openBuiltin}>
          {t(messages.openBuiltin)}
        </button>
      )}
      <OpenDatasetButton onFiles={opening.open} disabled={opening.pending} />
    </>
  )
  return (
    <main className="page">
      <DropZone onFiles={opening.open} />
      <h1 className="page-title">{t(messages.appName)}</h1>
      <LoadStatus opening={opening} />
      {source.status === 'loading' && linkOpening && engineStatus ? (
        <engineStatus.EngineOpeningProgress
          fileName={linkOpening.name}
          progress={linkOpening.progress}
          onCancel={source.cancel}
        />
      ) : (
        source.status === 'loading' && (
          <div className="button-row start">
            <LoadingState label={t(messages.loading)} />
            <button type="button" className="icon-button" onClick={source.cancel}>
              {t(messages.cancel)}
            </button>
          </div>
        )
      )}
      {source.status === 'stopped' && (
        <>
          <p role="status">{t(messages.stopped)}</p>
          <div className="button-row start">
            {tryAgain}
            {openOthers}
          </div>
        </>
      )}
      {source.status === 'file-not-here' && (
        <>
          <p role="status">{t(messages.fileNotHere, { name: source.fileName ?? '' })}</p>
          <div className="button-row start">{openOthers}</div>
        </>
      )}
      {source.status === 'failed' && source.failure && (
        <>
          <DatasetErrors error={source.failure} ownsPage />
          <div className="button-row start">
            {source.canRetry && tryAgain}
            {openOthers}
          </div>
        </>
      )}
    </main>
  )
}
