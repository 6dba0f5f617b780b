import { bucketingFor } from '../../dataset/query/periods'
import type {
  EventField,
  EventsQuery,
  FacetCountsQuery,
  MapCountriesQuery,
  MapPointsQuery,
  PeriodCountsQuery,
  QuotesQuery,
  TimeSpan,
} from '../../dataset/query/query-description'
import { FACETS } from '../facets/facet-table'
import type { ActiveFilters } from '../view-state'
import { queryFilter } from './query-filter'

// What the dashboard asks for one view, as descriptions (Mosaic's coordinator, in our terms): one
// change of the filters or the window is these questions, each view's, asked together of whichever
// engine holds the story. The views still compute their own today; this is what they will ask.

/** The timeline and the list draw these of an event (docs/decisions/query-engine.md). */
export const DRAWN_FIELDS: readonly EventField[] = [
  'title',
  'date',
  'precision',
  'status',
  'countries',
  'actors',
]

/** The density chart's bars at most (features/charts/density-bins.ts). */
const CHART_BARS = 160

export type ViewQuestions = {
  /** The filters panel and the legend's chips: all time, as the panel counts. */
  facetCounts: FacetCountsQuery
  /** The density chart: the whole story, per period. */
  density: PeriodCountsQuery
  /** The timeline and the list: the window's events, capped. */
  events: EventsQuery
  /** The map: the window's countries and points. */
  mapCountries: MapCountriesQuery
  mapPoints: MapPointsQuery
  /** The quotes panel with no selection; the selection's own when there is one. */
  quotes: QuotesQuery
}

export function viewQuestions(
  filters: ActiveFilters,
  window: TimeSpan,
  extent: TimeSpan,
  selected: string | null,
): ViewQuestions {
  const allTime = queryFilter(filters, null)
  const inWindow = queryFilter(filters, window)
  return {
    facetCounts: {
      kind: 'facet-counts',
      filter: allTime,
      facets: FACETS.map((facet) => facet.key),
      // Only the panel says what a value would add (the legend's status chips do not): count-plan.ts.
      adding: FACETS.filter((facet) => facet.panel).map((facet) => facet.key),
      limit: 5000,
    },
    density: {
      kind: 'period-counts',
      filter: { ...allTime, window: extent },
      bucketing: bucketingFor(extent, CHART_BARS),
    },
    events: { kind: 'events', filter: inWindow, fields: DRAWN_FIELDS, limit: 1000, offset: 0 },
    mapCountries: { kind: 'map-countries', filter: inWindow },
    mapPoints: { kind: 'map-points', filter: inWindow, limit: 5000, cellDegrees: 1 },
    quotes: { kind: 'quotes', filter: allTime, event: selected, limit: 2000 },
  }
}
