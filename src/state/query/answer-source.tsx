import { createContext, type ReactNode, useContext, useMemo } from 'react'
import type { Answerer } from '../../dataset/query/answers'
import type { QueryDescription } from '../../dataset/query/query-description'
import type { Story } from '../../dataset/story-index'
import { type MemoryIndex, memoryIndex } from './memory-index'

/**
 * Whoever holds the open story, as the views' questions reach it: the in-memory index for a story held
 * in the page (each view brings the code that answers its questions there: use-answer.ts), an engine (a worker's, a service's) for one held there. `identity` names the story in
 * the answers' cache, so that two stories' answers to one question are never taken for each other.
 */
export type AnswerSource =
  | { kind: 'immediate'; identity: string; index: MemoryIndex }
  | { kind: 'engine'; identity: string; answerer: Answerer }

const AnswerSourceContext = createContext<AnswerSource | null>(null)

export function AnswerSourceProvider({ source, children }: { source: AnswerSource; children: ReactNode }) {
  return <AnswerSourceContext.Provider value={source}>{children}</AnswerSourceContext.Provider>
}

/** The open story's answerer; a view asks questions only within a page that holds a story. */
export function useAnswerSource(): AnswerSource {
  const source = useContext(AnswerSourceContext)
  if (!source)
    throw new Error('A view asked a question outside an AnswerSourceProvider (see app/dashboard.tsx).')
  return source
}

// Each story object held in the page, numbered once: its identity in the answers' cache.
const storyNumbers = new WeakMap<Story, number>()
let storiesNumbered = 0

function storyNumber(story: Story): number {
  let number = storyNumbers.get(story)
  if (number === undefined) {
    number = ++storiesNumbered
    storyNumbers.set(story, number)
  }
  return number
}

/** The in-memory index of a story held in the page, as an answer source (one per story object). */
export function useMemoryAnswerSource(story: Story): AnswerSource {
  return useMemo(
    () => ({ kind: 'immediate', identity: `memory:${storyNumber(story)}`, index: memoryIndex(story) }),
    [story],
  )
}

/**
 * The open story's answer source: the engine service at `endpoint` (`?engine=`, engine-param.ts)
 * where one is given, else the page's own index. The service answers over its own file: the views
 * still find the events it names in the story the page holds (see docs/decisions/query-engine.md).
 */
export function useStoryAnswerSource(story: Story, endpoint: string | null): AnswerSource {
  const memory = useMemoryAnswerSource(story)
  const engine = useMemo<AnswerSource | null>(
    () =>
      endpoint === null
        ? null
        : {
            kind: 'engine',
            identity: `engine:${endpoint}:${storyNumber(story)}`,
            answerer: answererLoadedWhenAsked(endpoint),
          },
    [endpoint, story],
  )
  return engine ?? memory
}

/** The engine service at `endpoint` as the source of a story it holds and the page does not. */
export function engineAnswerSource(endpoint: string): Extract<AnswerSource, { kind: 'engine' }> {
  return { kind: 'engine', identity: `engine:${endpoint}`, answerer: answererLoadedWhenAsked(endpoint) }
}

/**
 * The service's answerer, its code (the HTTP client and Arrow's reader, ~9 kB gzip) loaded with the
 * first question: only a page opened with `?engine=` asks one, so none of it is on the first view.
 */
function answererLoadedWhenAsked(endpoint: string): Answerer {
  let loaded: Promise<Answerer> | null = null
  return {
    async answer<Query extends QueryDescription>(query: Query) {
      loaded ??= import('../../dataset/query/http-answerer').then(({ httpAnswerer }) =>
        httpAnswerer(endpoint),
      )
      return (await loaded).answer(query)
    },
  }
}
