import { useMemo } from 'react'
import type { Quote } from '../../dataset/format/schema'
import { NO_FILTER } from '../../dataset/query/query-description'
import { QUERY_LIMITS } from '../../dataset/query/query-limits'
import type { IndexedEvent, Story } from '../../dataset/story-index'
import { useAnswerSource } from '../../state/query/answer-source'
import { type AskingProblem, askingProblem } from '../../state/query/asking-problem'
import { answerQuotes } from '../../state/query/memory-first-view'
import { queryFilter } from '../../state/query/query-filter'
import type { QuoteOfEvent } from '../../state/query/quotes-of'
import { useAnswer } from '../../state/query/use-answer'
import type { ActiveFilters } from '../../state/view-state'

/**
 * The quotes panel's question: the selected event's quotes, whatever the filters; with none selected,
 * those of every matching event. The panel draws a quote as the story holds it (its place in its
 * document, its speaker's actor): an answer's ids are found in the story held in the page.
 */
export function useQuotes(
  story: Story,
  filters: ActiveFilters,
  selected: IndexedEvent | undefined,
): { quotes: QuoteOfEvent[]; counting: boolean; problem: AskingProblem } {
  const source = useAnswerSource()
  const asked = useAnswer(
    {
      kind: 'quotes',
      // The selection's quotes are the same under any filter: one question, asked once.
      filter: selected ? NO_FILTER : queryFilter(filters, null),
      event: selected?.id ?? null,
      limit: source.kind === 'immediate' ? Number.MAX_SAFE_INTEGER : QUERY_LIMITS.quotes,
    },
    answerQuotes,
  )
  const { answer, counting } = asked
  const quotes = useMemo(
    () =>
      (answer?.rows ?? []).flatMap((row) => {
        const quote: Quote | undefined = story.quotesById.get(row.id)
        const event = story.eventsById.get(row.event)
        return quote && event ? [{ quote, event }] : []
      }),
    [answer, story],
  )
  return { quotes, counting, problem: askingProblem(asked) }
}
