import { useMemo, useRef } from 'react'
import type { MapPointRow } from '../../dataset/query/answers'
import { QUERY_LIMITS } from '../../dataset/query/query-limits'
import { useAnswerSource } from '../../state/query/answer-source'
import { type AskingProblem, askingProblem } from '../../state/query/asking-problem'
import { answerEvents } from '../../state/query/memory-first-view'
import { answerMapCountries, answerMapPoints } from '../../state/query/memory-map'
import { queryFilter } from '../../state/query/query-filter'
import { useAnswer } from '../../state/query/use-answer'
import type { ActiveFilters, TimeWindow } from '../../state/view-state'
import type { MapCounts } from './map-counts'
import { CELL_DEGREES, type PointsRegion } from './points-region'

/**
 * The map's questions about the matching events in the timeline's window: how many in view, each
 * country's count and those the map cannot place (map-countries), and the events with coordinates
 * (map-points: each event, or past an engine's cap, cells of a grid counting them). The marks are the
 * answer's rows as they are: the map needs no story to draw them. An engine is asked for the points
 * of `region` (the map zoomed in: the area in view, in smaller cells; points-region.ts); the page's own
 * index for all of them, as the map always drew them.
 */
export function useMapAnswers(
  filters: ActiveFilters,
  window: TimeWindow,
  region: PointsRegion | null = null,
): { counts: MapCounts; inView: number; counting: boolean; problem: AskingProblem } {
  const source = useAnswerSource()
  const filter = queryFilter(filters, { start: window.start, end: window.end })
  const inView = useAnswer({ kind: 'events', filter, fields: [], limit: 1, offset: 0 }, answerEvents)
  const countries = useAnswer({ kind: 'map-countries', filter }, answerMapCountries)
  const asked = source.kind === 'immediate' || region === null ? null : region
  const cellDegrees = asked?.cellDegrees ?? CELL_DEGREES
  const points = useAnswer(
    {
      kind: 'map-points',
      filter: asked ? { ...filter, area: asked.area } : filter,
      // The page's own index gives every point, as the map always drew them (it clusters them itself); an
      // engine gives points up to its cap and grid cells past it.
      limit: source.kind === 'immediate' ? Number.MAX_SAFE_INTEGER : QUERY_LIMITS.mapPoints,
      cellDegrees,
    },
    answerMapPoints,
  )
  // The cells' side of each answer, as asked: while a new question is counted the last answer stays,
  // its cells of the side it was asked with.
  const sides = useRef(new WeakMap<object, number>())
  if (points.answer && !points.counting && !sides.current.has(points.answer))
    sides.current.set(points.answer, cellDegrees)
  const side = (points.answer && sides.current.get(points.answer)) ?? cellDegrees
  const counts = useMemo((): MapCounts => {
    const byCountry = new Map((countries.answer?.rows ?? []).map((row) => [row.country, row.count]))
    const answer = points.answer
    const binned = answer?.binned ?? false
    // A cell is answered by its south-west corner: drawn at its centre, where its events are on average.
    const half = side / 2
    const marks = binned ? (answer?.rows ?? []).map(cellCentre(half)) : (answer?.rows ?? [])
    return {
      byCountry,
      points: marks,
      // The whole filter's placed events (the points may be those of the area in view only).
      placed: countries.answer?.placed ?? 0,
      binned,
      cellDegrees: side,
      unplaced: countries.answer?.unplaced ?? 0,
    }
  }, [countries.answer, points.answer, side])
  return {
    counts,
    inView: inView.answer?.total ?? 0,
    counting: inView.counting || countries.counting || points.counting,
    // Three questions, one view: one problem, one Try again for those that failed.
    problem: askingProblem(inView, countries, points),
  }
}

const cellCentre =
  (half: number) =>
  (row: MapPointRow): MapPointRow =>
    row.id === null ? { ...row, latitude: row.latitude + half, longitude: row.longitude + half } : row
