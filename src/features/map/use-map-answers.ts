import { useMemo } from 'react'
import { QUERY_LIMITS } from '../../dataset/query/query-limits'
import type { IndexedEvent, Story } from '../../dataset/story-index'
import { useAnswerSource } from '../../state/query/answer-source'
import { type AskingProblem, askingProblem } from '../../state/query/asking-problem'
import { answerEvents } from '../../state/query/memory-first-view'
import { answerMapCountries, answerMapPoints } from '../../state/query/memory-map'
import { queryFilter } from '../../state/query/query-filter'
import { useAnswer } from '../../state/query/use-answer'
import type { ActiveFilters, TimeWindow } from '../../state/view-state'
import type { MapCounts, MapPoint } from './map-counts'

/**
 * The map's questions about the matching events in the timeline's window: how many in view, each
 * country's count and those the map cannot place (map-countries), and the events with coordinates
 * (map-points).
 */
export function useMapAnswers(
  story: Story,
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
      cellDegrees: 1,
    },
    answerMapPoints,
  )
  const counts = useMemo((): MapCounts => {
    const byCountry = new Map((countries.answer?.rows ?? []).map((row) => [row.country, row.count]))
    // A point is drawn as its event (its mark names it and selects it): held in the page, it is the
    // story's. Grid cells (an engine's, past its cap) are not drawn yet.
    const mapped: MapPoint[] = []
    for (const { id, latitude, longitude } of points.answer?.rows ?? []) {
      const event: IndexedEvent | undefined = id === null ? undefined : story.eventsById.get(id)
      if (event) mapped.push({ latitude, longitude, event })
    }
    return { byCountry, points: mapped, unplaced: countries.answer?.unplaced ?? 0 }
  }, [countries.answer, points.answer, story])
  return {
    counts,
    inView: inView.answer?.total ?? 0,
    counting: inView.counting || countries.counting || points.counting,
    // Three questions, one view: one problem, one Try again for those that failed.
    problem: askingProblem(inView, countries, points),
  }
}
