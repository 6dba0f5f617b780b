import type { IndexedEvent } from '../../dataset/story-index'

/** An event with coordinates, where the map draws it. */
export type MapPoint = { latitude: number; longitude: number; event: IndexedEvent }

export type MapCounts = {
  /** Events in each country (by its alpha-2 code), whether or not they have coordinates. */
  byCountry: Map<string, number>
  /** Events with coordinates, to draw as points. */
  points: MapPoint[]
  /** Events with neither coordinates nor a country: the map cannot place them. */
  unplaced: number
}

/**
 * What the map shows of these events: each counted in its countries (an event of two countries counts
 * in both), those with coordinates as points, and how many it cannot place at all.
 */
export function mapCounts(events: readonly IndexedEvent[]): MapCounts {
  const byCountry = new Map<string, number>()
  const points: MapPoint[] = []
  let unplaced = 0
  for (const event of events) {
    for (const code of event.countries) byCountry.set(code, (byCountry.get(code) ?? 0) + 1)
    const place = event.place
    const placed = place?.latitude !== undefined && place.longitude !== undefined
    if (placed)
      points.push({ latitude: place.latitude as number, longitude: place.longitude as number, event })
    if (!placed && event.countries.length === 0) unplaced++
  }
  return { byCountry, points, unplaced }
}
