import type { StoryDate } from '../../dataset/dates/story-date'
import type { MapPointRow } from '../../dataset/query/answers'

/**
 * A mark's place on the map: one event (`id` set, `count` 1) or, past an engine's cap, a grid cell
 * of `count` events (`id` null) at the cell's centre. A cell is counted, never drawn as one event:
 * it names no event to select.
 */
export type MapPoint = MapPointRow

/** What the map shows of the matching events in the timeline's window (features/map/use-map-answers.ts). */
export type MapCounts = {
  /** Events in each country (by its alpha-2 code), whether or not they have coordinates. */
  byCountry: Map<string, number>
  /** Events with coordinates, or the cells counting them, to draw as marks. */
  points: readonly MapPoint[]
  /** How many events have coordinates, whether drawn one by one or counted in cells. */
  placed: number
  /** The engine counted the placed events in cells of a grid (past its cap), of `cellDegrees`. */
  binned: boolean
  /** The side of the grid's cells, in degrees (smaller as an engine's map is zoomed in). */
  cellDegrees: number
  /** Events with neither coordinates nor a country: the map cannot place them. */
  unplaced: number
}

/**
 * What a mark names of its event, as the list of marks says it: a story held in the page gives its
 * events (an IndexedEvent is one); a story an engine holds names none (its answer gives places only).
 */
export type MarkedEvent = {
  title: string
  when: StoryDate
  place?:
    | { name?: string | undefined; latitude?: number | undefined; longitude?: number | undefined }
    | undefined
  countries: readonly string[]
}

/** Finds an event's words by its id; undefined where the page holds none. */
export type MarkedEventOf = (id: string) => MarkedEvent | undefined
