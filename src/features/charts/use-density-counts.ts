import { useMemo } from 'react'
import { NO_FILTER, type PeriodCountsQuery } from '../../dataset/query/query-description'
import { type AskingProblem, askingProblem } from '../../state/query/asking-problem'
import { answerPeriodCounts } from '../../state/query/memory-periods'
import { queryFilter } from '../../state/query/query-filter'
import { useAnswer } from '../../state/query/use-answer'
import type { ActiveFilters, TimeWindow } from '../../state/view-state'
import { type DensityFrame, densityFrame, frameBucketing, matchingPerBin } from './density-bins'

/**
 * The density chart's two questions over the story's span: every event per period (the bars' full
 * height, asked once a story) and the matching ones (the filled part, asked on each filter).
 */
export function useDensityCounts(
  span: TimeWindow,
  filters: ActiveFilters,
): {
  frame: DensityFrame
  matched: Int32Array
  counting: boolean
  /** Some answer is drawn (an engine's may not have come yet, or may have failed). */
  answered: boolean
  problem: AskingProblem
} {
  const bucketing = frameBucketing(span)
  const window = { start: span.start, end: span.end }
  const all: PeriodCountsQuery = { kind: 'period-counts', filter: { ...NO_FILTER, window }, bucketing }
  const some: PeriodCountsQuery = {
    kind: 'period-counts',
    filter: { ...queryFilter(filters), window },
    bucketing,
  }
  const allAnswer = useAnswer(all, answerPeriodCounts)
  const someAnswer = useAnswer(some, answerPeriodCounts)
  const frame = useMemo(() => densityFrame(span, allAnswer.answer?.rows ?? []), [span, allAnswer.answer])
  const matched = useMemo(
    () => matchingPerBin(frame, someAnswer.answer?.rows ?? []),
    [frame, someAnswer.answer],
  )
  return {
    frame,
    matched,
    counting: allAnswer.counting || someAnswer.counting,
    answered: allAnswer.answer !== undefined,
    problem: askingProblem(allAnswer, someAnswer),
  }
}
