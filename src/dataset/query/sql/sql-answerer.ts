import { type AnswerHandlers, answererOf } from '../answer-by-kind'
import type { Answerer, AnswerOf } from '../answers'
import type { QueryKind, QueryOf } from '../query-description'
import type { Dialect } from './dialects'
import { SQL_PLANNERS, type SqlPlan } from './query-sql'
import type { RawRow } from './raw-rows'

/** Runs one statement the SQL builder made and hands back its rows: an engine's whole part. */
export type RunSql = (sql: string) => Promise<readonly RawRow[]>

/** An Answerer over any SQL engine: descriptions planned in its dialect, run, and assembled. */
export function sqlAnswerer(run: RunSql, dialect: Dialect): Answerer {
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
