import type { IndexedEvent } from '../../dataset/story-index'

/** An event with coordinates, where the map draws it. */
export type MapPoint = { latitude: number; longitude: number; event: IndexedEvent }

/** What the map shows of the matching events in the timeline's window (features/map/use-map-answers.ts). */
export type MapCounts = {
  /** Events in each country (by its alpha-2 code), whether or not they have coordinates. */
  byCountry: Map<string, number>
  /** Events with coordinates, to draw as points. */
  points: MapPoint[]
  /** Events with neither coordinates nor a country: the map cannot place them. */
  unplaced: number
}
