import { memo } from 'react'
import type { Story } from '../../dataset/story-index'
import type { FacetKey } from '../../state/facets/facet-table'
import type { FacetCounts } from '../../state/matching-events'
import type { ActiveFilters, TimeWindow } from '../../state/view-state'
import { BreakdownChart } from './breakdown-chart'
import { DensityChart } from './density-chart'
import './charts.css'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'

const messages = defineMessages({
  charts: { id: 'tabs.charts', defaultMessage: 'Charts' },
})

export type ChartsPanelProps = {
  story: Story
  filters: ActiveFilters
  counts: FacetCounts
  visibleWindow: TimeWindow
  /** The brush over the events per period: the timeline's window. */
  onWindowChange: (window: TimeWindow) => void
  /** A bar of the breakdown chart chosen: its country's or actor's filter. */
  onToggle: (facet: FacetKey, value: string) => void
}

/** Charts over the shared view; loaded after the first view (see app/dashboard.tsx). */
function ChartsPanel({ story, filters, counts, visibleWindow, onWindowChange, onToggle }: ChartsPanelProps) {
  const t = useT()
  return (
    <section className="panel charts-panel" aria-labelledby="charts-title">
      <div className="panel-header">
        <h2 id="charts-title">{t(messages.charts)}</h2>
      </div>
      <div className="panel-body charts-body">
        <DensityChart
          story={story}
          filters={filters}
          visibleWindow={visibleWindow}
          onWindowChange={onWindowChange}
        />
        <BreakdownChart story={story} filters={filters} counts={counts} onToggle={onToggle} />
      </div>
    </section>
  )
}

export default memo(ChartsPanel)
