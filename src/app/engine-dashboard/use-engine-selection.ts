import { useMemo } from 'react'
import type { EventDetailsRow } from '../../dataset/query/answers'
import { type TimelineEvent, timelineEventOf } from '../../features/timeline/items/timeline-event'
import type { AnswerSource } from '../../state/query/answer-source'
import { useAnswerOf } from '../../state/query/use-answer'
import { selectedEventQuestion } from '../../state/query/use-selected-event'
import type { ActiveFilters } from '../../state/view-state'
import { engineOnly } from './engine-questions'

export type EngineSelection = {
  /** The engine's row for the selected event; undefined: none selected, not answered yet, or none such. */
  row: EventDetailsRow | undefined
  /** The row as the timeline draws it. */
  event: TimelineEvent | undefined
  /** The engine answered, and holds no event with the selected id. */
  missing: boolean
  hiddenByFilters: boolean
  counting: boolean
  error: Error | null
  retry: () => void
}

/**
 * The selected event of a story an engine holds: its `event-details` row (the page holds no event),
 * asked with the view's filters so that the answer says whether they let it through. While the engine
 * answers for a new selection, its last answer (another event) is not shown as this one.
 */
export function useEngineSelection(
  source: AnswerSource,
  id: string | null,
  filters: ActiveFilters,
): EngineSelection {
  const { answer, counting, error, retry } = useAnswerOf(
    source,
    id === null ? null : selectedEventQuestion(id, filters),
    engineOnly(),
  )
  const first = answer?.rows[0]
  const row = first !== undefined && first.id === id ? first : undefined
  const missing = id !== null && !counting && answer !== undefined && answer.rows.length === 0
  const hiddenByFilters = row !== undefined && answer?.matching === false
  const event = useMemo(() => (row ? timelineEventOf(row) : undefined), [row])
  return useMemo(
    () => ({ row, event, missing, hiddenByFilters, counting, error, retry }),
    [row, event, missing, hiddenByFilters, counting, error, retry],
  )
}
