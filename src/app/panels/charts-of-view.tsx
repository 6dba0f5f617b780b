import { PANEL_NAMES, PanelErrorBoundary } from '../../components/panel-error-boundary'
import { useFacetCounts } from '../../state/query/use-facet-counts'
import type { StoryFacts } from '../../state/shown-story'
import type { StoryView } from '../use-story-view'
import { ChartsAfterFirstView } from './charts-after-first-view'

/** What the charts take of a view: the dashboard's (a story held in the page) or an engine's. */
type ChartedView = Pick<StoryView, 'filters' | 'visibleWindow' | 'actions'>

/**
 * The charts: events per period with the window's brush, and events by country or actor. `story`
 * is the story's span and its facets' values: a Story held in the page, or an engine's facts of one.
 */
export function ChartsOfShownView({ view, story }: { view: ChartedView; story: StoryFacts }) {
  const { counts, error, retry, retrying } = useFacetCounts(view.filters)
  return (
    <PanelErrorBoundary name={PANEL_NAMES.charts}>
      {/* Charts (recharts) are not needed for the first view: they load after it is painted. */}
      <ChartsAfterFirstView
        story={story}
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

/** The charts of a story held in the page. */
export function ChartsOfView({ view }: { view: StoryView }) {
  return <ChartsOfShownView view={view} story={view.story} />
}
