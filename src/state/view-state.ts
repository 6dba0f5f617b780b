import type { TimeRange } from '../lib/time-range'
import { type ChosenValues, FACETS, type LaneKey } from './facets/facet-table'
import type { GeoArea, MapCentre } from './geo-area'

/** A stretch of time on screen, in UTC milliseconds; start < end. */
export type TimeWindow = TimeRange

/**
 * Everything a link reproduces. The URL holds it (see url-codec.ts); every view reads and writes it
 * through useView(). `requestedWindow` is the window the link asks for; null means the story's default
 * (the window on screen, always resolved, is View.visibleWindow).
 */
export type ViewState = {
  event: string | null
  /** A quote a link points to (`?quote=`): its event is the one selected, the quote marked in the quotes panel. */
  quote: string | null
  /** The values chosen in each facet (countries, actors, categories, statuses: see facets/facet-table.ts). */
  chosen: ChosenValues
  search: string
  requestedWindow: TimeWindow | null
  /** What the timeline's lanes divide the events by; null: one lane. */
  lanes: LaneKey | null
  /** The area drawn on the map: only events placed in it match. */
  area: GeoArea | null
  /** Where the map looks (its own pan and zoom); null: the whole world. */
  mapView: MapCentre | null
  /**
   * Story mode: the narrative being walked through and its step (0: its cover; from 1, the steps);
   * null: the dashboard.
   */
  storyMode: StoryModeState | null
}

export type StoryModeState = { narrative: string; step: number }

/** The filters of a view, without its selection and window. */
export type ActiveFilters = Pick<ViewState, 'chosen' | 'search'> & {
  /** The area drawn on the map (none when left out). */
  area?: GeoArea | null
  /**
   * Only events some of whose span lies in this window (none when left out): a query engine's
   * questions are often of the window on screen (see state/query/).
   */
  window?: TimeWindow | null
}

export function hasFilters(state: ActiveFilters): boolean {
  return (
    FACETS.some((facet) => state.chosen[facet.key].length > 0) ||
    state.search.trim() !== '' ||
    Boolean(state.area)
  )
}
