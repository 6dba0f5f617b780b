import { useMemo } from 'react'
import { NoticeList } from '../components/notice-list'
import { PanelErrorBoundary } from '../components/panel-error-boundary'
import { ThemeToggle } from '../components/theme-toggle'
import type { Story } from '../dataset/story-index'
import { ReviewColumnsButton } from '../features/data-io/column-mapping/review-columns-button'
import { ExportButtons } from '../features/data-io/export-buttons'
import { LeftOutRows } from '../features/data-io/left-out-rows'
import { LoadStatus } from '../features/data-io/load-status'
import { OpenDatasetButton } from '../features/data-io/open-dataset-button'
import type { FileOpening } from '../features/data-io/use-open-files'
import { DetailsPanel } from '../features/details/details-panel'
import { EventList } from '../features/event-list/event-list'
import { FiltersPanel } from '../features/filters/filters-panel'
import { PrintButton } from '../features/print/print-button'
import { PrintedEvents } from '../features/print/printed-events'
import { QuotesPanel } from '../features/quotes/quotes-panel'
import { CopyLinkButton } from '../features/share/copy-link-button'
import { EmbedButton } from '../features/share/embed-button'
import { StoryHeader } from '../features/story/story-header'
import { StoryModeButton } from '../features/story-mode/story-mode-button'
import { TimelinePanel } from '../features/timeline/timeline-panel'
import { listedEvents } from '../state/listed-events'
import { ChartsOrMap } from './charts-or-map'
import { ChartsAfterFirstView } from './panels/charts-after-first-view'
import { MapAfterFirstView } from './panels/map-after-first-view'
import { StoryModePage } from './panels/story-mode-of-view'
import { useKeyboardShortcuts } from './use-keyboard-shortcuts'
import { useStoryView } from './use-story-view'

export type StorySourceControls = {
  isBuiltin: boolean
  opening: FileOpening
  onOpenBuiltin: () => void
  /** Declines the open file (some of its rows were left out): back to the story before it. Null for a linked dataset. */
  onDeclineFile: (() => void) | null
}

/** The page: every view reads the one shared view state and writes it through its actions. */
export function Dashboard({ story, source }: { story: Story; source: StorySourceControls }) {
  const view = useStoryView(story)
  const { state, visibleWindow, actions, filters, matching, counts, selected, terms, search } = view
  // Story mode has keys of its own.
  useKeyboardShortcuts(actions, state.storyMode === null)
  const listed = useMemo(() => listedEvents(matching, visibleWindow), [matching, visibleWindow])

  if (state.storyMode) {
    return (
      <div className="dashboard">
        <NoticeList notices={view.notices} />
        <StoryModePage story={story} mode={state.storyMode} visibleWindow={visibleWindow} actions={actions} />
      </div>
    )
  }
  return (
    <div className="dashboard">
      <div className="dashboard-top">
        <StoryHeader story={story} />
        <div className="dashboard-tools">
          <div className="button-row">
            <OpenDatasetButton onFiles={source.opening.open} disabled={source.opening.pending} />
            {!source.isBuiltin && (
              <button type="button" className="icon-button" onClick={source.onOpenBuiltin}>
                Back to the built-in story
              </button>
            )}
            <ReviewColumnsButton review={source.opening.reviewOf(story)} />
            <ExportButtons story={story} matching={matching} />
            <PrintButton />
          </div>
          <div className="button-row">
            <StoryModeButton story={story} onOpen={actions.openStory} />
            <ThemeToggle />
            <EmbedButton story={story} />
            <CopyLinkButton />
          </div>
        </div>
      </div>
      <PrintedEvents story={story} matching={matching} filtersInWords={view.filtersInWords} />
      <LoadStatus opening={source.opening} />
      <NoticeList notices={view.notices} />
      <LeftOutRows story={story} onDecline={source.onDeclineFile} />
      <main className="dashboard-main">
        <div className="area-filters">
          <PanelErrorBoundary name="Filters">
            <FiltersPanel
              story={story}
              filters={filters}
              counts={counts}
              matchingCount={matching.length}
              actions={actions}
            />
          </PanelErrorBoundary>
        </div>
        <div className="area-timeline">
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
        <div className="area-list">
          <PanelErrorBoundary name="Event list">
            <EventList
              events={listed.events}
              note={listed.note}
              total={story.events.length}
              selectedId={state.event}
              search={search}
              onClearSearch={view.clearSearch}
              onSelect={actions.selectEvent}
              onStep={actions.stepEvent}
            />
          </PanelErrorBoundary>
        </div>
        <div className="area-charts">
          <ChartsOrMap
            map={
              <PanelErrorBoundary name="Map">
                <MapAfterFirstView
                  story={story}
                  matching={matching}
                  visibleWindow={visibleWindow}
                  selected={selected}
                  chosenCountries={state.chosen.country}
                  area={state.area}
                  mapView={state.mapView}
                  actions={actions}
                />
              </PanelErrorBoundary>
            }
            charts={
              <PanelErrorBoundary name="Charts">
                {/* Charts (recharts) are not needed for the first view: they load after it is painted. */}
                <ChartsAfterFirstView
                  story={story}
                  filters={filters}
                  matching={matching}
                  counts={counts}
                  visibleWindow={visibleWindow}
                  actions={actions}
                />
              </PanelErrorBoundary>
            }
          />
        </div>
        {/* The side column: the details take the room their event needs, the quotes the rest. */}
        <div className="area-side">
          <div className="area-details">
            <PanelErrorBoundary name="Event details">
              <DetailsPanel
                story={story}
                event={selected}
                searchTerms={terms}
                hiddenByFilters={view.hiddenByFilters}
                onFilterBy={actions.filterBy}
                onClearFilters={actions.clearFilters}
                onClose={view.closeDetails}
                onStep={actions.stepEvent}
              />
            </PanelErrorBoundary>
          </div>
          <div className="area-quotes">
            <PanelErrorBoundary name="Quotes">
              <QuotesPanel
                story={story}
                selected={selected}
                matching={matching}
                searchTerms={terms}
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
