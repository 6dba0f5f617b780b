import type { CountryCountRow, MapPointRow } from '../../dataset/query/answers'
import { compareText, coordinatesOf, type MemoryHandler } from './memory-index'

// The map's answers, in memory (memory-index.ts): loaded with the map, after the first view.

export const answerMapCountries: MemoryHandler<'map-countries'> = (index, query) => {
  const byCountry = new Map<string, number>()
  let placed = 0
  let unplaced = 0
  for (const event of index.matching(query)) {
    for (const code of event.countries) byCountry.set(code, (byCountry.get(code) ?? 0) + 1)
    if (coordinatesOf(event)) placed++
    else if (event.countries.length === 0) unplaced++
  }
  const rows: CountryCountRow[] = [...byCountry]
    .map(([country, count]) => ({ country, count }))
    .sort((a, b) => compareText(a.country, b.country))
  return { rows, placed, unplaced }
}

export const answerMapPoints: MemoryHandler<'map-points'> = (index, query) => {
  const points: MapPointRow[] = []
  for (const event of index.matching(query)) {
    const at = coordinatesOf(event)
    if (at) points.push({ id: event.id, latitude: at.latitude, longitude: at.longitude, count: 1 })
  }
  if (points.length <= query.limit) return { rows: points, placed: points.length, binned: false }
  return { rows: cells(points, query.cellDegrees, query.limit), placed: points.length, binned: true }
}

/** Grid cells by their south-west corner, the most crowded `limit`, in the corners' order. */
function cells(points: readonly MapPointRow[], cellDegrees: number, limit: number): MapPointRow[] {
  const byCell = new Map<string, MapPointRow>()
  for (const point of points) {
    // + 0: -0 made 0, as the SQL engines' cells are (dataset/query/sql/dialects.ts).
    const latitude = Math.floor(point.latitude / cellDegrees) * cellDegrees + 0
    const longitude = Math.floor(point.longitude / cellDegrees) * cellDegrees + 0
    const key = `${latitude},${longitude}`
    const cell = byCell.get(key)
    if (cell) cell.count++
    else byCell.set(key, { id: null, latitude, longitude, count: 1 })
  }
  return [...byCell.values()]
    .sort((a, b) => b.count - a.count || a.latitude - b.latitude || a.longitude - b.longitude)
    .slice(0, limit)
}
