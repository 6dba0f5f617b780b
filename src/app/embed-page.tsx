import { EngineAnnouncer, EngineProblem } from '../components/engine-problem/engine-problem'
import { NoticeList } from '../components/notice-list'
import type { Story } from '../dataset/story-index'
import { FullAppLink } from '../features/share/full-app-link'
import { StoryModeButton } from '../features/story-mode/story-mode-button'
import { defineMessages } from '../i18n/messages'
import { useT } from '../i18n/use-t'
import { AnswerSourceProvider } from '../state/query/answer-source'
import { hasFilters } from '../state/view-state'
import { DetailsOfView } from './panels/details-of-view'
import { QuotesOfView } from './panels/quotes-of-view'
import { StoryModeOfView } from './panels/story-mode-of-view'
import { TimelineOfView } from './panels/timeline-of-view'
import { useKeyboardShortcuts } from './use-keyboard-shortcuts'
import { useStoryView } from './use-story-view'
import './embed-page.css'

const messages = defineMessages({
  filtered: {
    id: 'embedPage.filtered',
    defaultMessage: '{matching, number} of {all, plural, one {# event} other {# events}}: {filters}',
  },
  showAll: { id: 'embedPage.showAll', defaultMessage: 'Show all' },
})

/**
 * The page in an iframe (`?embed=1`): the timeline with the selected event's details and quotes, or
 * story mode, and a link to the same view in the full app (a new tab). No files, filters panel or
 * charts: an article has room for the story, not the workbench. The view is in the iframe's address,
 * so a link into the embed opens where it says.
 */
export function EmbedPage({ story }: { story: Story }) {
  const t = useT()
  const view = useStoryView(story)
  const { state, actions, matchingCount } = view
  useKeyboardShortcuts(actions, state.storyMode === null)

  if (state.storyMode) {
    return (
      <AnswerSourceProvider source={view.answers}>
        <div className="embed">
          <NoticeList notices={view.notices} notes={story.notes} />
          <StoryModeOfView view={view} mode={state.storyMode} links={<FullAppLink />} />
        </div>
      </AnswerSourceProvider>
    )
  }
  const filtered = hasFilters(state)
  return (
    <AnswerSourceProvider source={view.answers}>
      <div className="embed">
        <header className="embed-bar">
          <div className="embed-heading">
            <h1 className="embed-title" dir="auto">
              {story.dataset.title}
            </h1>
            {filtered && matchingCount.answer !== undefined && (
              <p className="embed-filters">
                {t(messages.filtered, {
                  matching: matchingCount.answer,
                  all: story.events.length,
                  filters: view.filtersInWords,
                })}{' '}
                <button type="button" className="link-button" onClick={actions.clearFilters}>
                  {t(messages.showAll)}
                </button>
              </p>
            )}
            {filtered && (
              <EngineProblem
                error={matchingCount.error}
                onRetry={matchingCount.retry}
                retrying={matchingCount.retrying}
              />
            )}
          </div>
          <div className="button-row">
            <StoryModeButton story={story} onOpen={actions.openStory} />
            <FullAppLink />
          </div>
        </header>
        <NoticeList notices={view.notices} notes={story.notes} />
        <main className="embed-main">
          <EngineAnnouncer />
          <div className="embed-timeline">
            <TimelineOfView view={view} />
          </div>
          <div className="embed-side">
            <div className="embed-details">
              <DetailsOfView view={view} />
            </div>
            <div className="embed-quotes">
              <QuotesOfView view={view} />
            </div>
          </div>
        </main>
      </div>
    </AnswerSourceProvider>
  )
}
