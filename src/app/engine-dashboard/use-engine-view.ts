import { useCallback, useMemo } from 'react'
import { describeFilters } from '../../state/describe-filters'
import { useMatchingCount } from '../../state/query/use-matching-count'
import { searchTerms } from '../../state/search'
import type { ShownStory } from '../../state/shown-story'
import { useView } from '../../state/use-view'
import { usePageTitle } from '../use-page-title'
import { useEngineSelection } from './use-engine-selection'
import { useEngineStepping } from './use-engine-stepping'

export type EngineShown = Extract<ShownStory, { held: 'engine' }>

/** The page holds no quotes of an engine's story: a search hit outside its title shows no snippet. */
const NO_QUOTES = () => []

/**
 * The one shared view of a story an engine holds, as useStoryView is of one held in the page: the
 * view read from the URL (checked against what the engine said of the story), the matching events'
 * count, the selected event's row, the filters in words, the search.
 */
export function useEngineView(shown: EngineShown) {
  const { state, notices, visibleWindow, actions: viewActions } = useView(shown)
  const answers = shown.engine.answers
  const { facts, vocabulary } = shown.known
  const filters = useMemo(
    () => ({ chosen: state.chosen, search: state.search, area: state.area }),
    [state.chosen, state.search, state.area],
  )
  const matchingCount = useMatchingCount(answers, filters)
  const selection = useEngineSelection(answers, state.event, filters)
  // Stepping (N / P, the arrow keys) asks the engine: the page holds none of its events.
  const actions = useEngineStepping({
    actions: viewActions,
    answerer: answers.answerer,
    filters,
    selection,
    eventId: state.event,
    visibleWindow,
    extent: facts.extent,
  })
  const filtersInWords = useMemo(() => describeFilters(filters, vocabulary), [filters, vocabulary])
  usePageTitle({ storyTitle: facts.dataset.title, eventTitle: selection.row?.title, filtersInWords })
  const terms = useMemo(() => searchTerms(state.search), [state.search])
  const search = useMemo(() => ({ text: state.search, terms, quotesOf: NO_QUOTES }), [state.search, terms])
  const clearSearch = useCallback(() => actions.setSearch(''), [actions])
  const closeDetails = useCallback(() => actions.selectEvent(null), [actions])
  const toggleStatus = useCallback((status: string) => actions.toggleFilter('status', status), [actions])
  return {
    shown,
    facts,
    answers,
    state,
    notices,
    visibleWindow,
    actions,
    filters,
    matchingCount,
    selection,
    filtersInWords,
    terms,
    search,
    clearSearch,
    closeDetails,
    toggleStatus,
  }
}

export type EngineView = ReturnType<typeof useEngineView>
