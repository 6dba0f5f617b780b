import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useCallback, useReducer, useRef } from 'react'
import type { AnswerOf } from '../../dataset/query/answers'
import type { QueryKind, QueryOf } from '../../dataset/query/query-description'
import { type AnswerSource, useAnswerSource } from './answer-source'
import type { MemoryHandler } from './memory-index'
import { queryKey } from './query-key'

/**
 * What a view reads of an answer: the answer (undefined only before an engine's first one arrives),
 * and whether a newer one is being counted meanwhile (the answer shown is then the last one's).
 */
export type AnswerState<Answer> = {
  answer: Answer | undefined
  counting: boolean
  /** Why the engine gave no answer (an EngineError from an engine's answerer: engine-error.ts). */
  error: Error | null
  /** Asks again after an error (an answer that failed is not asked again by itself). */
  retry: () => void
  /** Asked again after `error`, and not answered yet: the error is the last one, kept meanwhile. */
  retrying: boolean
}

const NOTHING_TO_RETRY = () => {}

/**
 * Asks the open story's answerer a question, cached by the question and the story (react-query). The
 * in-memory index answers on the render that asks: its answer is the query's initial data, so a small
 * story's views draw at once, as they did before they asked. An engine answers later: until then the
 * last answer stays on screen (placeholder) and `counting` says a new one is coming. A view that has
 * no need of an answer yet (the timeline's window questions while the story is drawn whole) asks null:
 * nothing is answered, and the answer is undefined.
 */
export function useAnswer<Kind extends QueryKind>(
  query: QueryOf<Kind> | null,
  /** How the page's own index answers it: imported by the view that asks, so it loads with the view. */
  inMemory: MemoryHandler<Kind>,
): AnswerState<AnswerOf<Kind>> {
  return useAnswerOf(useAnswerSource(), query, inMemory)
}

/**
 * useAnswer of a source given, not taken from context: for what the page derives before it provides
 * the source to the panels (app/use-story-view.ts: the selected event, the matching events' count).
 */
export function useAnswerOf<Kind extends QueryKind>(
  source: AnswerSource,
  query: QueryOf<Kind> | null,
  inMemory: MemoryHandler<Kind>,
): AnswerState<AnswerOf<Kind>> {
  const index = source.kind === 'immediate' ? source.index : null
  const asked = query ? queryKey(query) : null
  const result = useQuery({
    queryKey: ['answer', source.identity, asked],
    queryFn: async (): Promise<AnswerOf<Kind>> => {
      // Never run for no question (enabled below); the check keeps the types honest.
      if (!query) throw new Error('No question was asked.')
      return source.kind === 'immediate' ? inMemory(source.index, query) : source.answerer.answer(query)
    },
    enabled: query !== null,
    // An answer is the story's as it is: a story held in the page or by an engine does not change
    // under the page (a new file is a new identity).
    staleTime: Number.POSITIVE_INFINITY,
    // The page's own answers are made again at once when asked again: kept, they would only hold
    // memory (a pan of a large story asks for a new window's events at each step).
    ...(index ? { gcTime: 0 } : {}),
    initialData: index && query ? () => inMemory(index, query) : undefined,
    placeholderData: index ? undefined : keepPreviousData,
    retry: false,
  })
  // A question that failed has no answer of its own: the view keeps the last one it drew (marked as
  // not current where it says the problem), never a blank view. Asking again clears react-query's
  // error at once: the view says "trying again" over the last error until the new answer or error
  // comes (for this question only: a new question is not a retry).
  const kept = useRef<{
    story?: string
    answer?: AnswerOf<Kind>
    failed?: { asked: string | null; error: Error }
  }>({})
  // What was kept is one story's: another story (a file opened while the same view stays) starts with
  // nothing kept, or its first failure would show the last story's answer as this one's.
  if (kept.current.story !== source.identity) kept.current = { story: source.identity }
  const { refetch, error, data } = result
  // A placeholder is another question's answer (the last story's, once a new one is opened): kept
  // only are answers to this story's own questions.
  if (data !== undefined && !result.isPlaceholderData) kept.current.answer = data
  if (error) kept.current.failed = { asked, error }
  else if (!result.isFetching) kept.current.failed = undefined
  const failed = kept.current.failed
  // Drawn again at once, so that the view says it is asking again before the answer's news arrives.
  const [, draw] = useReducer((count: number) => count + 1, 0)
  const retry = useCallback(() => {
    void refetch()
    draw()
  }, [refetch])
  if (!query)
    return { answer: undefined, counting: false, error: null, retry: NOTHING_TO_RETRY, retrying: false }
  const retrying = !error && failed?.asked === asked
  return {
    answer: data ?? (error || retrying ? kept.current.answer : undefined),
    counting: result.isPlaceholderData || result.isFetching,
    error: error ?? (retrying && failed ? failed.error : null),
    retry,
    retrying,
  }
}
