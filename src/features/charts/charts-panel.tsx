import { memo } from 'react'
import { EngineProblem } from '../../components/engine-problem/engine-problem'
import type { FacetKey } from '../../state/facets/facet-table'
import type { FacetCounts } from '../../state/matching-events'
import { askingProblem } from '../../state/query/asking-problem'
import type { StoryFacts } from '../../state/shown-story'
import type { ActiveFilters, TimeWindow } from '../../state/view-state'
import { BreakdownChart } from './breakdown-chart'
import { DensityChart } from './density-chart'
import { useDensityCounts } from './use-density-counts'
import './charts.css'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'

const messages = defineMessages({
  charts: { id: 'tabs.charts', defaultMessage: 'Charts' },
})

export type ChartsPanelProps = {
  /** The story's span and its facets' values: a story held in the page is one, as an engine's facts are. */
  story: StoryFacts
  filters: ActiveFilters
  counts: FacetCounts
  /** Why the engine gave no facet counts (the breakdown's bars), and asking them again. */
  countsError: Error | null
  countsRetry: () => void
  countsRetrying: boolean
  visibleWindow: TimeWindow
  /** The brush over the events per period: the timeline's window. */
  onWindowChange: (window: TimeWindow) => void
  /** A bar of the breakdown chart chosen: its country's or actor's filter. */
  onToggle: (facet: FacetKey, value: string) => void
}

/** Charts over the shared view; loaded after the first view (see app/dashboard.tsx). */
function ChartsPanel({
  story,
  filters,
  counts,
  countsError,
  countsRetry,
  countsRetrying,
  visibleWindow,
  onWindowChange,
  onToggle,
}: ChartsPanelProps) {
  const t = useT()
  // Every event per period over the story's own span (no padding to draw empty bars over), counted
  // once a story, and the matching ones, on each filter.
  const density = useDensityCounts(story.extent, filters)
  // The density's two questions and the breakdown's: one problem for the panel.
  const problem = askingProblem(density.problem, {
    error: countsError,
    retry: countsRetry,
    retrying: countsRetrying,
  })
  return (
    <section className="panel charts-panel" aria-labelledby="charts-title">
      <div className="panel-header">
        <h2 id="charts-title">{t(messages.charts)}</h2>
      </div>
      <EngineProblem
        error={problem.error}
        onRetry={problem.retry}
        retrying={problem.retrying}
        stale={density.answered}
      />
      <div className={problem.error ? 'panel-body charts-body engine-stale' : 'panel-body charts-body'}>
        <DensityChart
          span={story.extent}
          frame={density.frame}
          matched={density.matched}
          visibleWindow={visibleWindow}
          onWindowChange={onWindowChange}
        />
        <BreakdownChart vocabulary={story} filters={filters} counts={counts} onToggle={onToggle} />
      </div>
    </section>
  )
}

export default memo(ChartsPanel)
