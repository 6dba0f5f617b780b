import type { Answerer, AnswerOf } from '../../dataset/query/answers'
import type { QueryDescription, QueryKind } from '../../dataset/query/query-description'
import type { Story } from '../../dataset/story-index'
import { answerEventDetails, answerSearch } from './memory-details'
import { answerEvents, answerFacetCounts, answerQuotes } from './memory-first-view'
import { type MemoryHandler, type MemoryIndex, memoryIndex } from './memory-index'
import { answerMapCountries, answerMapPoints } from './memory-map'
import { answerPeriodCounts } from './memory-periods'
import { answerStorySummary } from './memory-summary'

// The in-memory index answering query descriptions, every kind: what the engines' parity tests compare
// with. Its rows are shaped as a SQL engine gives them. A small story keeps its speed and its first
// view: the page asks each kind through the module of its answer (use-answer.ts), not through this
// one, so that what the first view does not ask is not in it (docs/decisions/query-engine.md).

/** An Answerer that can also answer at once: the in-memory index needs no wait. */
export interface ImmediateAnswerer extends Answerer {
  answerNow<Query extends QueryDescription>(query: Query): AnswerOf<Query['kind']>
}

const HANDLERS: { [Kind in QueryKind]: MemoryHandler<Kind> } = {
  'story-summary': answerStorySummary,
  'facet-counts': answerFacetCounts,
  'period-counts': answerPeriodCounts,
  events: answerEvents,
  'map-countries': answerMapCountries,
  'map-points': answerMapPoints,
  search: answerSearch,
  'event-details': answerEventDetails,
  quotes: answerQuotes,
}

/** An Answerer over a story held in memory. */
export function memoryAnswerer(story: Story): ImmediateAnswerer {
  const index = memoryIndex(story)
  const answerNow = <Query extends QueryDescription>(query: Query): AnswerOf<Query['kind']> => {
    // TypeScript cannot follow that the handler looked up by `query.kind` takes that kind and answers
    // with it (a correlated union); HANDLERS is keyed by kind, so it does.
    const handle = HANDLERS[query.kind] as unknown as (
      index: MemoryIndex,
      query: Query,
    ) => AnswerOf<Query['kind']>
    return handle(index, query)
  }
  return { answerNow, answer: async (query) => answerNow(query) }
}
