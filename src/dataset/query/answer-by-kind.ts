import type { Answerer, AnswerOf } from './answers'
import type { QueryDescription, QueryKind, QueryOf } from './query-description'

/** One way to answer each kind of question; an engine is a table of these. */
export type AnswerHandlers = { [Kind in QueryKind]: (query: QueryOf<Kind>) => Promise<AnswerOf<Kind>> }

/** An Answerer that hands each description to its kind's handler. */
export function answererOf(handlers: AnswerHandlers): Answerer {
  return {
    answer<Query extends QueryDescription>(query: Query): Promise<AnswerOf<Query['kind']>> {
      // TypeScript cannot follow that the handler looked up by `query.kind` takes that kind and answers
      // with it (a correlated union); AnswerHandlers is keyed by kind, so it does.
      const handle = handlers[query.kind] as unknown as (query: Query) => Promise<AnswerOf<Query['kind']>>
      return handle(query)
    },
  }
}
