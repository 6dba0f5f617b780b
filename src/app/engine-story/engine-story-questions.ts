import type { EventFilter, QueryKind, QueryOf } from '../../dataset/query/query-description'
import type { MemoryHandler } from '../../state/query/memory-index'
import { PAGE_FACETS, type PageChoice } from './engine-story-facets'

// This page's code loads only for a story an engine holds. It imports no value the first view's code
// holds too (NO_FILTER, the in-memory handlers, LoadingState, EngineProblem): the bundler would move
// each such module into a chunk of its own, and the first view would fetch more, smaller files
// (+1.8 kB gzip, measured). Types cost nothing.

/** Lets every event through (NO_FILTER's value, written here: see above). */
const EVERY_EVENT: EventFilter = {
  chosen: { country: [], actor: [], category: [], status: [] },
  search: '',
  area: null,
  window: null,
}

/** The page holds no story: its questions are the engine's only, never answered in memory. */
export function engineOnly<Kind extends QueryKind>(): MemoryHandler<Kind> {
  return () => {
    throw new Error('A story held by an engine has no in-memory index to answer from.')
  }
}

/** What the page asks first of a story an engine holds: the story as a whole. */
export const SUMMARY_QUESTION: QueryOf<'story-summary'> = { kind: 'story-summary' }

/** How many of its first events the page lists, drawn from the answer's rows. */
export const FIRST_EVENTS = 100

/** How many of each facet's busiest values the page offers to filter by. */
export const FACET_VALUES = 12

/**
 * The filter of a choice of countries and categories (OR within a facet, AND across) and a search
 * (every word in the title, summary or quotes, folded).
 */
export function filterOf(chosen: PageChoice, search: string): EventFilter {
  return { ...EVERY_EVENT, chosen: { ...EVERY_EVENT.chosen, ...chosen }, search }
}

export function firstEventsQuestion(chosen: PageChoice, search: string): QueryOf<'events'> {
  return {
    kind: 'events',
    filter: filterOf(chosen, search),
    fields: ['title', 'date', 'precision', 'status', 'countries'],
    limit: FIRST_EVENTS,
    offset: 0,
  }
}

export function facetCountsQuestion(chosen: PageChoice, search: string): QueryOf<'facet-counts'> {
  return {
    kind: 'facet-counts',
    filter: filterOf(chosen, search),
    facets: PAGE_FACETS,
    adding: [],
    limit: FACET_VALUES,
  }
}
