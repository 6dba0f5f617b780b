import { useMemo } from 'react'
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

/** The grid an engine counts placed events in past its cap, in degrees (a cell's side). */
export const CELL_DEGREES = 1

/**
 * The map's questions about the matching events in the timeline's window: how many in view, each
 * country's count and those the map cannot place (map-countries), and the events with coordinates
 * (map-points: each event, or past an engine's cap, cells of a grid counting them). The marks are the
 * answer's rows as they are: the map needs no story to draw them.
 */
export function useMapAnswers(
  filters: ActiveFilters,
  window: TimeWindow,
): { counts: MapCounts; inView: number; counting: boolean; problem: AskingProblem } {
  const source = useAnswerSource()
  const filter = queryFilter(filters, { start: window.start, end: window.end })
  const inView = useAnswer({ kind: 'events', filter, fields: [], limit: 1, offset: 0 }, answerEvents)
  const countries = useAnswer({ kind: 'map-countries', filter }, answerMapCountries)
  const points = useAnswer(
    {
      kind: 'map-points',
      filter,
      // The page's own index gives every point, as the map always drew them (it clusters them itself); an
      // engine gives points up to its cap and grid cells past it.
      limit: source.kind === 'immediate' ? Number.MAX_SAFE_INTEGER : QUERY_LIMITS.mapPoints,
      cellDegrees: CELL_DEGREES,
    },
    answerMapPoints,
  )
  const counts = useMemo((): MapCounts => {
    const byCountry = new Map((countries.answer?.rows ?? []).map((row) => [row.country, row.count]))
    const answer = points.answer
    const binned = answer?.binned ?? false
    // A cell is answered by its south-west corner: drawn at its centre, where its events are on average.
    const half = CELL_DEGREES / 2
    const marks = binned ? (answer?.rows ?? []).map(cellCentre(half)) : (answer?.rows ?? [])
    return {
      byCountry,
      points: marks,
      placed: answer?.placed ?? 0,
      binned,
      unplaced: countries.answer?.unplaced ?? 0,
    }
  }, [countries.answer, points.answer])
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
