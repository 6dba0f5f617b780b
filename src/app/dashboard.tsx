import { EngineAnnouncer } from '../components/engine-problem/engine-problem'
import { LanguageMenu } from '../components/language-menu'
import { NoticeList } from '../components/notice-list'
import { ThemeToggle } from '../components/theme-toggle'
import type { Story } from '../dataset/story-index'
import { ReviewColumnsButton } from '../features/data-io/column-mapping/review-columns-button'
import { ExportButtons } from '../features/data-io/export-buttons'
import { LeftOutRows } from '../features/data-io/left-out-rows'
import { LoadStatus } from '../features/data-io/load-status'
import { OpenDatasetButton } from '../features/data-io/open-dataset-button'
import type { FileOpening } from '../features/data-io/use-open-files'
import { EditCopyButton, NewStoryButton } from '../features/editor/entry/story-buttons'
import { PrintButton } from '../features/print/print-button'
import { PrintedEvents } from '../features/print/printed-events'
import { CopyLinkButton } from '../features/share/copy-link-button'
import { EmbedButton } from '../features/share/embed-button'
import { StoryHeader } from '../features/story/story-header'
import { StoryModeButton } from '../features/story-mode/story-mode-button'
import { defineMessages } from '../i18n/messages'
import { useT } from '../i18n/use-t'
import { AnswerSourceProvider } from '../state/query/answer-source'
import { ChartsOrMap } from './charts-or-map'
import { ChartsOfView } from './panels/charts-of-view'
import { DetailsOfView } from './panels/details-of-view'
import { EventListOfView } from './panels/event-list-of-view'
import { FiltersOfView } from './panels/filters-of-view'
import { MapOfView } from './panels/map-of-view'
import { QuotesOfView } from './panels/quotes-of-view'
import { StoryModeOfView } from './panels/story-mode-of-view'
import { TimelineOfView } from './panels/timeline-of-view'
import { useKeyboardShortcuts } from './use-keyboard-shortcuts'
import { useStoryView } from './use-story-view'

const messages = defineMessages({
  backToBuiltin: { id: 'dashboard.backToBuiltin', defaultMessage: 'Back to the built-in story' },
  tools: { id: 'dashboard.tools', defaultMessage: 'Tools' },
  previewOf: {
    id: 'dashboard.previewOf',
    defaultMessage:
      'Preview of your story “{title}” as it is now{leftOut, plural, =0 {} one {: # item is not ready (no date, no event…) and left out} other {: # items are not ready (no date, no event…) and left out}}.',
  },
  backToEditing: { id: 'dashboard.backToEditing', defaultMessage: 'Back to editing' },
})

export type StorySourceControls = {
  isBuiltin: boolean
  opening: FileOpening
  onOpenBuiltin: () => void
  /** Declines the open file (some of its rows were left out): back to the story before it. Null for a linked dataset. */
  onDeclineFile: (() => void) | null
}

/** A draft shown as the dashboard will show it once exported (Preview, in the editor). */
export type DraftPreview = { draftId: string; title: string; leftOut: number }

/**
 * The page: every view reads the one shared view state and writes it through its actions. A story
 * opened here has `source` (its files and links); a draft's preview has `preview` instead.
 */
export function Dashboard({
  story,
  source,
  preview,
}: {
  story: Story
  source?: StorySourceControls
  preview?: DraftPreview
}) {
  const t = useT()
  const view = useStoryView(story)
  const { state, actions } = view
  // Story mode has keys of its own.
  useKeyboardShortcuts(actions, state.storyMode === null)

  if (state.storyMode) {
    return (
      <AnswerSourceProvider source={view.answers}>
        <div className="dashboard">
          <NoticeList notices={view.notices} notes={story.notes} />
          <StoryModeOfView view={view} mode={state.storyMode} />
        </div>
      </AnswerSourceProvider>
    )
  }
  return (
    <AnswerSourceProvider source={view.answers}>
      <div className="dashboard">
        <div className="dashboard-top">
          <StoryHeader story={story} />
          {/* A landmark of its own, so that every control lies in one (axe: region). */}
          <section className="dashboard-tools" aria-label={t(messages.tools)}>
            <div className="button-row">
              {source && (
                <>
                  <OpenDatasetButton onFiles={source.opening.open} disabled={source.opening.pending} />
                  <NewStoryButton />
                  {!source.isBuiltin && (
                    <button type="button" className="icon-button" onClick={source.onOpenBuiltin}>
                      {t(messages.backToBuiltin)}
                    </button>
                  )}
                  <ReviewColumnsButton review={source.opening.reviewOf(story)} />
                  <EditCopyButton dataset={story.dataset} />
                </>
              )}
              <ExportButtons story={story} filters={view.filters} matchingCount={view.matchingCount.answer} />
              <PrintButton />
            </div>
            <div className="button-row">
              <StoryModeButton story={story} onOpen={actions.openStory} />
              <ThemeToggle />
              <LanguageMenu />
              <EmbedButton story={story} />
              <CopyLinkButton />
            </div>
          </section>
        </div>
        <PrintedEvents story={story} filters={view.filters} filtersInWords={view.filtersInWords} />
        {preview && <PreviewBanner preview={preview} />}
        {source && <LoadStatus opening={source.opening} />}
        <NoticeList notices={view.notices} notes={story.notes} />
        <LeftOutRows story={story} onDecline={source?.onDeclineFile ?? null} />
        <main className="dashboard-main">
          {/* The one place an engine's problem is said aloud, once, whichever views show it. */}
          <EngineAnnouncer />
          <div className="area-filters">
            <FiltersOfView view={view} vocabulary={view.story} total={view.story.events.length} />
          </div>
          <div className="area-timeline">
            <TimelineOfView view={view} />
          </div>
          <div className="area-list">
            <EventListOfView view={view} />
          </div>
          <div className="area-charts">
            <ChartsOrMap map={<MapOfView view={view} />} charts={<ChartsOfView view={view} />} />
          </div>
          {/* The side column: the details take the room their event needs, the quotes the rest. */}
          <div className="area-side">
            <div className="area-details">
              <DetailsOfView view={view} />
            </div>
            <div className="area-quotes">
              <QuotesOfView view={view} />
            </div>
          </div>
        </main>
      </div>
    </AnswerSourceProvider>
  )
}

function PreviewBanner({ preview }: { preview: DraftPreview }) {
  const t = useT()
  return (
    <div className="preview-banner" role="status">
      <p>{t(messages.previewOf, { title: preview.title, leftOut: preview.leftOut })}</p>
      <a className="primary-button" href={`?edit=${encodeURIComponent(preview.draftId)}`}>
        {t(messages.backToEditing)}
      </a>
    </div>
  )
}
