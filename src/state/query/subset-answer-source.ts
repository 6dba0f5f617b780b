import { useMemo } from 'react'
import type { IndexedEvent, Story } from '../../dataset/story-index'
import { matchesFilters } from '../matching-events'
import { type AnswerSource, useAnswerSource } from './answer-source'
import type { MemoryIndex } from './memory-index'
import { activeFilters } from './query-filter'

/**
 * Some of the open story's events as a story of their own to ask (story mode's timeline: the walk's
 * events): the same questions and the same in-memory answers, over these events only. Few events (a
 * walk's steps): each question walks them.
 */
export function useSubsetAnswerSource(
  story: Story,
  events: readonly IndexedEvent[],
  /** Names the subset in the answers' cache, beside the story's own answers. */
  name: string,
): AnswerSource {
  const { identity } = useAnswerSource()
  return useMemo(
    () => ({ kind: 'immediate', identity: `${identity}/${name}`, index: subsetIndex(story, events) }),
    [identity, name, story, events],
  )
}

function subsetIndex(story: Story, events: readonly IndexedEvent[]): MemoryIndex {
  return {
    story,
    matching: ({ filter }) => {
      const filters = activeFilters(filter)
      return events.filter((event) => matchesFilters(story, event, filters))
    },
    remember: () => {},
  }
}
