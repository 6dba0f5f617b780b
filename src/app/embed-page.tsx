import { NoticeList } from '../components/notice-list'
import { PanelErrorBoundary } from '../components/panel-error-boundary'
import type { Story } from '../dataset/story-index'
import { DetailsPanel } from '../features/details/details-panel'
import { QuotesPanel } from '../features/quotes/quotes-panel'
import { FullAppLink } from '../features/share/full-app-link'
import { StoryModeButton } from '../features/story-mode/story-mode-button'
import { TimelinePanel } from '../features/timeline/timeline-panel'
import { formatCount } from '../lib/format-count'
import { hasFilters } from '../state/view-state'
import { StoryModePage } from './panels/story-mode-of-view'
import { useKeyboardShortcuts } from './use-keyboard-shortcuts'
import { useStoryView } from './use-story-view'
import './embed-page.css'

/**
 * The page in an iframe (`?embed=1`): the timeline with the selected event's details and quotes, or
 * story mode, and a link to the same view in the full app (a new tab). No files, filters panel or
 * charts: an article has room for the story, not the workbench. The view is in the iframe's address,
 * so a link into the embed opens where it says.
 */
export function EmbedPage({ story }: { story: Story }) {
  const view = useStoryView(story)
  const { state, visibleWindow, actions, matching, selected } = view
  useKeyboardShortcuts(actions, state.storyMode === null)

  if (state.storyMode) {
    return (
      <div className="embed">
        <NoticeList notices={view.notices} />
        <StoryModePage
          story={story}
          mode={state.storyMode}
          visibleWindow={visibleWindow}
          actions={actions}
          links={<FullAppLink />}
        />
      </div>
    )
  }
  const filtered = hasFilters(state)
  return (
    <div className="embed">
      <header className="embed-bar">
        <div className="embed-heading">
          <h1 className="embed-title" dir="auto">
            {story.dataset.title}
          </h1>
          {filtered && (
            <p className="embed-filters">
              {formatCount(matching.length)} of {formatCount(story.events.length)} events:{' '}
              {view.filtersInWords}{' '}
              <button type="button" className="link-button" onClick={actions.clearFilters}>
                Show all
              </button>
            </p>
          )}
        </div>
        <div className="button-row">
          <StoryModeButton story={story} onOpen={actions.openStory} />
          <FullAppLink />
        </div>
      </header>
      <NoticeList notices={view.notices} />
      <main className="embed-main">
        <div className="embed-timeline">
          <PanelErrorBoundary name="Timeline">
            <TimelinePanel
              story={story}
              matching={matching}
              selected={selected}
              visibleWindow={visibleWindow}
              lanes={state.lanes}
              filtersInWords={view.filtersInWords}
              statusFilter={view.statusFilter}
              actions={actions}
            />
          </PanelErrorBoundary>
        </div>
        <div className="embed-side">
          <div className="embed-details">
            <PanelErrorBoundary name="Event details">
              <DetailsPanel
                story={story}
                event={selected}
                searchTerms={view.terms}
                hiddenByFilters={view.hiddenByFilters}
                onFilterBy={actions.filterBy}
                onClearFilters={actions.clearFilters}
                onClose={view.closeDetails}
                onStep={actions.stepEvent}
              />
            </PanelErrorBoundary>
          </div>
          <div className="embed-quotes">
            <PanelErrorBoundary name="Quotes">
              <QuotesPanel
                story={story}
                selected={selected}
                matching={matching}
                searchTerms={view.terms}
                markedQuote={state.quote}
                onChooseEvent={actions.selectEvent}
              />
            </PanelErrorBoundary>
          </div>
        </div>
      </main>
    </div>
  )
}
