import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { AnswerOf } from '../../dataset/query/answers'
import type { QueryDescription } from '../../dataset/query/query-description'
import { useAnswerSource } from './answer-source'
import { queryKey } from './query-key'

/**
 * What a view reads of an answer: the answer (undefined only before an engine's first one arrives),
 * and whether a newer one is being counted meanwhile (the answer shown is then the last one's).
 */
export type AnswerState<Answer> = { answer: Answer | undefined; counting: boolean; error: Error | null }

/**
 * Asks the open story's answerer a question, cached by the question and the story (react-query). The
 * in-memory index answers on the render that asks: its answer is the query's initial data, so a small
 * story's views draw at once, as they did before they asked. An engine answers later: until then the
 * last answer stays on screen (placeholder) and `counting` says a new one is coming.
 */
export function useAnswer<Query extends QueryDescription>(
  query: Query,
): AnswerState<AnswerOf<Query['kind']>> {
  const source = useAnswerSource()
  const immediate = source.kind === 'immediate' ? source.answerer : null
  const result = useQuery({
    queryKey: ['answer', source.identity, queryKey(query)],
    queryFn: () => source.answerer.answer(query),
    // An answer is the story's as it is: a story held in the page or by an engine does not change
    // under the page (a new file is a new identity).
    staleTime: Number.POSITIVE_INFINITY,
    initialData: immediate ? () => immediate.answerNow(query) : undefined,
    placeholderData: immediate ? undefined : keepPreviousData,
    retry: false,
  })
  return {
    answer: result.data,
    counting: result.isPlaceholderData || result.isFetching,
    error: result.error,
  }
}
