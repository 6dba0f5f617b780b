import { useMemo } from 'react'
import type { MarkedEventOf } from '../../features/map/map-counts'
import { ChartsOrMap } from '../charts-or-map'
import { ChartsOfShownView } from '../panels/charts-of-view'
import { MapOfShownView } from '../panels/map-of-view'
import type { EngineView } from './use-engine-view'

/**
 * The page holds no event of an engine's story: a mark of one event is named by its coordinates
 * (choosing it selects the event, whose details the engine gives).
 */
const NO_WORDS: MarkedEventOf = () => undefined

/**
 * The charts and the map of a story an engine holds: the dashboard's own panels, asking the engine
 * (period-counts and facet-counts; map-countries and map-points, its cells past its cap counted).
 */
export function EngineChartsOrMap({ view }: { view: EngineView }) {
  const { row } = view.selection
  // The selection's place, from its details row: ringed on the map even where a cell counts it.
  const latitude = row?.latitude ?? null
  const longitude = row?.longitude ?? null
  const selectedPlace = useMemo(
    () => (latitude !== null && longitude !== null ? { latitude, longitude } : null),
    [latitude, longitude],
  )
  return (
    <ChartsOrMap
      charts={<ChartsOfShownView view={view} story={view.facts} />}
      map={<MapOfShownView view={view} eventOf={NO_WORDS} selectedPlace={selectedPlace} />}
    />
  )
}
