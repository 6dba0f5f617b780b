import type { GeoProjection } from 'd3-geo'
import { useMemo } from 'react'
import { useAnswerSource } from '../../state/query/answer-source'
import type { MapPoint } from './map-counts'

/** A mark's place on the fitted world (before the view moves and scales it), with its point. */
export type ProjectedPoint = { x: number; y: number; point: MapPoint }

type Place = { latitude: number; longitude: number; at: [number, number] | null }

/**
 * Each point's place on the fitted world. The page's own index answers with the same events as the
 * filters change, so their places are kept, per projection and per story (the answer source's
 * identity: another file opened, or Back to a kept one, starts afresh), and a kept place is used only
 * where the event's coordinates are still the ones it was projected from: an id is not a place (a newer
 * export of a file may correct an event's coordinates under the same id). An engine's points (up to
 * its cap, new with each answer) are projected as they come, so that nothing grows with each answer.
 */
export function useProjectedPoints(
  points: readonly MapPoint[],
  projection: GeoProjection,
): readonly ProjectedPoint[] {
  const source = useAnswerSource()
  const keeps = source.kind === 'immediate'
  const story = source.identity
  // A new projection or another story: a new store of places (the story it is for, named with it).
  const places = useMemo(
    () => (keeps ? { projection, story, of: new Map<string, Place>() } : null),
    [projection, story, keeps],
  )
  return useMemo(
    () =>
      points.flatMap((point) => {
        const at = placeOf(point, projection, places?.of ?? null)
        return at ? [{ x: at[0], y: at[1], point }] : []
      }),
    [points, projection, places],
  )
}

function placeOf(
  point: MapPoint,
  projection: GeoProjection,
  places: Map<string, Place> | null,
): [number, number] | null {
  const { id, latitude, longitude } = point
  const kept = id === null ? undefined : places?.get(id)
  if (kept && kept.latitude === latitude && kept.longitude === longitude) return kept.at
  const at = projection([longitude, latitude])
  if (id !== null) places?.set(id, { latitude, longitude, at })
  return at
}
