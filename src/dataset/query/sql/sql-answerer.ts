import { type AnswerHandlers, answererOf } from '../answer-by-kind'
import type { Answerer, AnswerOf, StoryNaming } from '../answers'
import type { QueryKind, QueryOf } from '../query-description'
import type { Dialect } from './dialects'
import { SQL_PLANNERS, type SqlPlan } from './query-sql'
import type { RawRow } from './raw-rows'
import { summaryPlan } from './summary-sql'

/** Runs one statement the SQL builder made and hands back its rows: an engine's whole part. */
export type RunSql = (sql: string) => Promise<readonly RawRow[]>

/**
 * An Answerer over any SQL engine: descriptions planned in its dialect, run, and assembled. `naming`:
 * the story's title and source as the engine's loader read them (the tables hold only its events).
 */
export function sqlAnswerer(run: RunSql, dialect: Dialect, naming: StoryNaming): Answerer {
  const via =
    <Kind extends QueryKind>(plan: (query: QueryOf<Kind>, dialect: Dialect) => SqlPlan<Kind>) =>
    async (query: QueryOf<Kind>): Promise<AnswerOf<Kind>> => {
      const { statements, assemble } = plan(query, dialect)
      // One after another: an engine connection runs one statement at a time anyway.
      const results: (readonly RawRow[])[] = []
      for (const statement of statements) results.push(await run(statement))
      return assemble(results)
    }
  const handlers: AnswerHandlers = {
    'story-summary': via(() => summaryPlan(naming)),
    'facet-counts': via(SQL_PLANNERS['facet-counts']),
    'period-counts': via(SQL_PLANNERS['period-counts']),
    events: via(SQL_PLANNERS.events),
    'map-countries': via(SQL_PLANNERS['map-countries']),
    'map-points': via(SQL_PLANNERS['map-points']),
    search: via(SQL_PLANNERS.search),
    'event-details': via(SQL_PLANNERS['event-details']),
    quotes: via(SQL_PLANNERS.quotes),
  }
  return answererOf(handlers)
}
