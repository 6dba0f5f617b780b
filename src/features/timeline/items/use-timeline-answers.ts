import { useMemo, useRef } from 'react'
import type { PeriodCountRow } from '../../../dataset/query/answers'
import type { Bucketing } from '../../../dataset/query/query-description'
import type { LaneKey } from '../../../state/facets/facet-table'
import { type AskingProblem, askingProblem } from '../../../state/query/asking-problem'
import { answerEvents } from '../../../state/query/memory-first-view'
import { answerPeriodCounts } from '../../../state/query/memory-periods'
import { useAnswer } from '../../../state/query/use-answer'
import type { StoryFacts } from '../../../state/shown-story'
import type { ActiveFilters, TimeWindow } from '../../../state/view-state'
import { divideByCounts, divideIntoLanes, type LaneDivision, laneFacetOf } from '../lanes/lanes'
import type { TimelineAnswers } from './timeline-content'
import { type TimelineEvent, timelineEventOf } from './timeline-event'
import {
  allTimeQuestion,
  laneCountsQuestion,
  lastQuestion,
  MAX_TIMELINE_ITEMS,
  windowQuestions,
} from './timeline-questions'

/**
 * The timeline's questions of all time: its first events (all of them while few) and, divided into
 * lanes, the lanes. The lanes of a story drawn whole are those of its events, as before; of a larger
 * one, the lanes' counts asked per value (lanes.ts: divideByCounts).
 */
export function useTimelineMatching(
  story: StoryFacts,
  filters: ActiveFilters,
  lanes: LaneKey | null,
  selected: { event: TimelineEvent; hidden: boolean } | undefined,
): {
  all: TimelineAnswers['all']
  division: LaneDivision | null
  counting: boolean
  problem: AskingProblem
} {
  const all = useAnswer(allTimeQuestion(filters), answerEvents)
  const whole = all.answer !== undefined && all.answer.total <= MAX_TIMELINE_ITEMS
  const laneCounts = useAnswer(
    lanes && all.answer && !whole ? laneCountsQuestion(filters, laneFacetOf(lanes), story.extent) : null,
    answerPeriodCounts,
  )
  const allAnswer = all.answer
  const laneRows = laneCounts.answer?.rows
  // The selected event is drawn even when filtered out: it has a lane too.
  const division = useMemo(() => {
    if (!lanes || !allAnswer) return null
    if (!laneRows || allAnswer.total <= MAX_TIMELINE_ITEMS) {
      const events = allAnswer.rows.map(timelineEventOf)
      const withSelected =
        selected && !events.some((event) => event.id === selected.event.id)
          ? [...events, selected.event]
          : events
      return divideIntoLanes(lanes, withSelected, story)
    }
    const perValue = new Map<string | null, number>()
    for (const row of laneRows) {
      const value = row.lane ?? null
      perValue.set(value, (perValue.get(value) ?? 0) + row.count)
    }
    return divideByCounts(lanes, perValue, story)
  }, [lanes, allAnswer, laneRows, selected, story])
  return {
    all: allAnswer,
    division,
    counting: all.counting || laneCounts.counting,
    problem: askingProblem(all, laneCounts),
  }
}

/**
 * The window's questions, asked only when the matching events are more than the window shows whole
 * (`readable`, known once the frame is measured): its events near it, how many lie in it, and counts
 * per calendar period; and when none lies in it, the last matching event, to fit them all in view.
 */
export function useTimelineWindow(
  filters: ActiveFilters,
  shown: TimeWindow,
  all: TimelineAnswers['all'],
  width: { readable: number; bars: number } | null,
  lanes: LaneKey | null,
): { answers: TimelineAnswers; last: number | undefined; counting: boolean; problem: AskingProblem } {
  const asking = all !== undefined && width !== null && all.total > width.readable
  const bars = width?.bars ?? 0
  const laneFacet = lanes && laneFacetOf(lanes)
  const questions = useMemo(
    () => (asking ? windowQuestions(filters, shown, bars, laneFacet) : null),
    [asking, filters, shown, bars, laneFacet],
  )
  const near = useAnswer(questions?.near ?? null, answerEvents)
  const inView = useAnswer(questions?.inView ?? null, answerEvents)
  const periods = useAnswer(questions?.periods ?? null, answerPeriodCounts)
  const noneInView = asking && inView.answer?.total === 0 && all.total > 0
  const last = useAnswer(noneInView ? lastQuestion(filters, all.total) : null, answerEvents)
  // The periods an answer counts are its question's: while an engine counts the next window's, the
  // bars on screen keep the periods they were counted in.
  const counted = useRef<{ rows: readonly PeriodCountRow[]; bucketing: Bucketing } | undefined>(undefined)
  const periodRows = periods.answer?.rows
  if (periodRows && questions && !periods.counting && counted.current?.rows !== periodRows)
    counted.current = { rows: periodRows, bucketing: questions.periods.bucketing }
  const drawnPeriods = periodRows ? counted.current : undefined
  const answers = useMemo(
    (): TimelineAnswers => ({
      all,
      near: near.answer,
      inView: inView.answer?.total,
      periods: drawnPeriods,
    }),
    [all, near.answer, inView.answer, drawnPeriods],
  )
  return {
    answers,
    last: last.answer?.rows[0]?.end,
    counting: near.counting || inView.counting || periods.counting || last.counting,
    problem: askingProblem(near, inView, periods, last),
  }
}
