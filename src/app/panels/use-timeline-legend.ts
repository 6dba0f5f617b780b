import { useMemo } from 'react'
import { useFacetCounts } from '../../state/query/use-facet-counts'
import type { StoryView } from '../use-story-view'

/** What the timeline's legend takes of a view: the dashboard's or an engine's. */
type LegendView = Pick<StoryView, 'state' | 'actions' | 'toggleStatus' | 'filters'>

/** The timeline's status legend (chips with their counts, each a filter) and its lanes' choice. */
export function useTimelineLegend({ state, actions, toggleStatus, filters }: LegendView) {
  const { counts } = useFacetCounts(filters)
  const statusFilter = useMemo(
    () => ({ chosen: state.chosen.status, counts: counts.status.byValue }),
    [state.chosen.status, counts.status],
  )
  return useMemo(
    () => ({ statusFilter, onToggleStatus: toggleStatus, onLanesChange: actions.setLanes }),
    [statusFilter, toggleStatus, actions],
  )
}
