import { useCallback, useMemo } from 'react'
import type { Quote } from '../../dataset/format/schema'
import type { QuoteRow } from '../../dataset/query/answers'
import { NO_FILTER } from '../../dataset/query/query-description'
import { QUERY_LIMITS } from '../../dataset/query/query-limits'
import type { IndexedEvent, Story } from '../../dataset/story-index'
import { useAnswerSource } from '../../state/query/answer-source'
import { type AskingProblem, askingProblem } from '../../state/query/asking-problem'
import { answerQuotes } from '../../state/query/memory-first-view'
import { queryFilter } from '../../state/query/query-filter'
import { useAnswer } from '../../state/query/use-answer'
import type { ActiveFilters } from '../../state/view-state'
import type { ShownQuote } from './shown-quote'

/** Turns an answer's row into the quote the panel draws; undefined: none such (left out). */
export type QuoteOfRow = (row: QuoteRow) => ShownQuote | undefined

export type AskedQuotes = {
  quotes: ShownQuote[]
  /** How many quotes there are in all: more than `quotes` where an engine's cap cut them. */
  total: number
  counting: boolean
  problem: AskingProblem
}

/**
 * The quotes panel's question: the selected event's quotes, whatever the filters; with none selected,
 * those of every matching event (an engine gives them up to its cap, and their total). `quoteOf` makes
 * each row the quote the panel draws: a story held in the page finds its own (its place in its
 * document, its speaker's actor), an engine's story has the row's words only.
 */
export function useQuotes(
  filters: ActiveFilters,
  selectedId: string | null,
  quoteOf: QuoteOfRow,
): AskedQuotes {
  const source = useAnswerSource()
  const asked = useAnswer(
    {
      kind: 'quotes',
      // The selection's quotes are the same under any filter: one question, asked once.
      filter: selectedId !== null ? NO_FILTER : queryFilter(filters, null),
      event: selectedId,
      limit: source.kind === 'immediate' ? Number.MAX_SAFE_INTEGER : QUERY_LIMITS.quotes,
    },
    answerQuotes,
  )
  const { answer, counting } = asked
  const quotes = useMemo(
    () =>
      (answer?.rows ?? []).flatMap((row) => {
        const quote = quoteOf(row)
        return quote ? [quote] : []
      }),
    [answer, quoteOf],
  )
  return { quotes, total: answer?.total ?? quotes.length, counting, problem: askingProblem(asked) }
}

/** The quotes of a story held in the page: the answer's ids found in it. */
export function useStoryQuotes(
  story: Story,
  filters: ActiveFilters,
  selected: IndexedEvent | undefined,
): AskedQuotes {
  const quoteOf = useCallback<QuoteOfRow>(
    (row) => {
      const quote: Quote | undefined = story.quotesById.get(row.id)
      const event = story.eventsById.get(row.event)
      return quote && event ? { quote, event } : undefined
    },
    [story],
  )
  return useQuotes(filters, selected?.id ?? null, quoteOf)
}
