import { PANEL_NAMES, PanelErrorBoundary } from '../../components/panel-error-boundary'
import { DetailsPanel } from '../../features/details/details-panel'
import type { StoryView } from '../use-story-view'

/** The selected event's details; an actor, country or category in them filters by it. */
export function DetailsOfView({ view }: { view: StoryView }) {
  const { actions } = view
  return (
    <PanelErrorBoundary name={PANEL_NAMES.details}>
      <DetailsPanel
        story={view.story}
        event={view.selected}
        searchTerms={view.terms}
        hiddenByFilters={view.hiddenByFilters}
        answering={view.selection}
        onFilterBy={actions.filterBy}
        onClearFilters={actions.clearFilters}
        onClose={view.closeDetails}
        onStep={actions.stepEvent}
      />
    </PanelErrorBoundary>
  )
}
