import { PANEL_NAMES, PanelErrorBoundary } from '../../components/panel-error-boundary'
import { useFacetCounts } from '../../state/query/use-facet-counts'
import type { StoryView } from '../use-story-view'
import { ChartsAfterFirstView } from './charts-after-first-view'

/** The charts: events per period with the window's brush, and events by country or actor. */
export function ChartsOfView({ view }: { view: StoryView }) {
  const { counts, error, retry, retrying } = useFacetCounts(view.filters)
  return (
    <PanelErrorBoundary name={PANEL_NAMES.charts}>
      {/* Charts (recharts) are not needed for the first view: they load after it is painted. */}
      <ChartsAfterFirstView
        story={view.story}
        filters={view.filters}
        counts={counts}
        countsError={error}
        countsRetry={retry}
        countsRetrying={retrying}
        visibleWindow={view.visibleWindow}
        onWindowChange={view.actions.setWindow}
        onToggle={view.actions.toggleFilter}
      />
    </PanelErrorBoundary>
  )
}
