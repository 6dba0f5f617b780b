import { useCallback, useMemo, useState } from 'react'
import { narrativeTitle } from '../components/narrative-title'
import { engineEndpoint } from '../dataset/load/engine-param'
import { narrativeById } from '../dataset/narratives'
import type { IndexedEvent, Story } from '../dataset/story-index'
import { describeFilters } from '../state/describe-filters'
import { useStoryAnswerSource } from '../state/query/answer-source'
import { useMatchingCount } from '../state/query/use-matching-count'
import { useSelectedEvent } from '../state/query/use-selected-event'
import { searchTerms } from '../state/search'
import type { ShownStory } from '../state/shown-story'
import { useView } from '../state/use-view'
import { usePageTitle } from './use-page-title'

/**
 * The one shared view and what every panel derives from it, never stored: what matches, the facet
 * counts, the selected event, the filters in words, the search. For the dashboard and the embed alike.
 */
export function useStoryView(story: Story) {
  const shown = useMemo((): ShownStory => ({ held: 'page', story }), [story])
  const { state, notices, visibleWindow, actions } = useView(shown)
  // The views' questions are answered by the story's in-memory index (state/query/), or by the engine
  // service a same-origin `?engine=` names (read once, as the page opens).
  const [endpoint] = useState(() => engineEndpoint(window.location.search, window.location.origin))
  const answers = useStoryAnswerSource(story, endpoint)
  const filters = useMemo(
    () => ({ chosen: state.chosen, search: state.search, area: state.area }),
    [state.chosen, state.search, state.area],
  )
  // The facets' counts are the panels' own question (state/query/use-facet-counts.ts); the matching
  // events' count and the selected event are asked here, as several panels and the title read them.
  const matchingCount = useMatchingCount(answers, filters)
  const selection = useSelectedEvent(answers, story, state.event, filters)
  const selected = selection.event
  const closeDetails = useCallback(() => actions.selectEvent(null), [actions])
  const filtersInWords = useMemo(() => describeFilters(filters, story), [filters, story])
  const narrative = state.storyMode ? narrativeById(story, state.storyMode.narrative) : undefined
  usePageTitle({
    storyTitle: story.dataset.title,
    eventTitle: selected?.title,
    story:
      narrative && state.storyMode
        ? { title: narrativeTitle(narrative), step: state.storyMode.step, steps: narrative.steps.length }
        : undefined,
    filtersInWords,
  })
  const terms = useMemo(() => searchTerms(state.search), [state.search])
  const search = useMemo(
    () => ({
      text: state.search,
      terms,
      quotesOf: (event: Pick<IndexedEvent, 'id'>) =>
        (story.quotesByEvent.get(event.id) ?? []).map((quote) => quote.text),
    }),
    [state.search, terms, story],
  )
  const clearSearch = useCallback(() => actions.setSearch(''), [actions])
  const toggleStatus = useCallback((status: string) => actions.toggleFilter('status', status), [actions])
  return {
    story,
    answers,
    state,
    notices,
    visibleWindow,
    actions,
    filters,
    matchingCount,
    selection,
    selected,
    closeDetails,
    hiddenByFilters: selection.hiddenByFilters,
    filtersInWords,
    terms,
    search,
    clearSearch,
    toggleStatus,
  }
}

export type StoryView = ReturnType<typeof useStoryView>
