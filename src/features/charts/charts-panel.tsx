import { memo } from 'react'
import type { IndexedEvent, Story } from '../../dataset/story-index'
import type { FacetCounts } from '../../state/matching-events'
import type { ViewActions } from '../../state/use-view'
import type { ActiveFilters, TimeWindow } from '../../state/view-state'
import { BreakdownChart } from './breakdown-chart'
import { DensityChart } from './density-chart'
import './charts.css'

export type ChartsPanelProps = {
  story: Story
  filters: ActiveFilters
  matching: IndexedEvent[]
  counts: FacetCounts
  visibleWindow: TimeWindow
  actions: ViewActions
}

/** Charts over the shared view; loaded after the first view (see app/dashboard.tsx). */
function ChartsPanel({ story, filters, matching, counts, visibleWindow, actions }: ChartsPanelProps) {
  return (
    <section className="panel charts-panel" aria-labelledby="charts-title">
      <div className="panel-header">
        <h2 id="charts-title">Charts</h2>
      </div>
      <div className="panel-body charts-body">
        <DensityChart
          story={story}
          matching={matching}
          visibleWindow={visibleWindow}
          onWindowChange={actions.setWindow}
        />
        <BreakdownChart story={story} filters={filters} counts={counts} onToggle={actions.toggleFilter} />
      </div>
    </section>
  )
}

export default memo(ChartsPanel)
