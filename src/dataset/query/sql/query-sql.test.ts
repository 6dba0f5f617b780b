import { expect, test } from 'vitest'
import { NO_FILTER, type QueryDescription } from '../query-description'
import { CLICKHOUSE, DUCKDB } from './dialects'
import { SQL_PLANNERS } from './query-sql'
import { summaryPlan } from './summary-sql'

// What every statement the builder makes holds to, in both dialects (DuckDB runs them in
// scripts/engine/duckdb-parity.test.ts): a LIMIT, and outside values only inside literals.

const hostile = "x') OR 1=1; DROP TABLE events; --"
const filter = {
  ...NO_FILTER,
  chosen: { ...NO_FILTER.chosen, country: [hostile], status: ['occurred'] },
  search: hostile,
  window: { start: 0, end: 86_400_000 },
}
const questions: QueryDescription[] = [
  { kind: 'story-summary' },
  { kind: 'facet-counts', filter, facets: ['country', 'status'], adding: ['country'], limit: 10 },
  { kind: 'period-counts', filter, bucketing: { period: 'month', every: 3 } },
  { kind: 'events', filter, fields: ['title', 'countries'], limit: 10, offset: 5 },
  { kind: 'map-countries', filter },
  { kind: 'map-points', filter, limit: 10, cellDegrees: 1 },
  { kind: 'search', filter, text: hostile, limit: 10 },
  { kind: 'event-details', id: hostile },
  { kind: 'quotes', filter, event: hostile, limit: 10 },
]

function statementsOf(question: QueryDescription, dialect: typeof DUCKDB): string[] {
  switch (question.kind) {
    case 'story-summary':
      // The story's names are never in its SQL: the hostile title must not appear.
      return summaryPlan({ title: hostile, source: hostile, named: true }).statements
    case 'facet-counts':
      return SQL_PLANNERS[question.kind](question, dialect).statements
    case 'period-counts':
      return SQL_PLANNERS[question.kind](question, dialect).statements
    case 'events':
      return SQL_PLANNERS[question.kind](question, dialect).statements
    case 'map-countries':
      return SQL_PLANNERS[question.kind](question, dialect).statements
    case 'map-points':
      return SQL_PLANNERS[question.kind](question, dialect).statements
    case 'search':
      return SQL_PLANNERS[question.kind](question, dialect).statements
    case 'event-details':
      return SQL_PLANNERS[question.kind](question, dialect).statements
    case 'quotes':
      return SQL_PLANNERS[question.kind](question, dialect).statements
  }
}

test.each(
  [DUCKDB, CLICKHOUSE].flatMap((dialect) =>
    questions.map((question) => [dialect.name, question.kind, question, dialect] as const),
  ),
)('%s: %s is bounded and quotes what it was given', (_dialect, _kind, question, dialect) => {
  for (const statement of statementsOf(question, dialect)) {
    expect(statement).toMatch(/ LIMIT \d+( OFFSET \d+)?$/)
    // With every literal taken out (as the dialect quotes them), nothing of the hostile text is left.
    const literal = dialect === DUCKDB ? /'(?:[^']|'')*'/g : /'(?:[^'\\]|\\.)*'/g
    expect(statement.replace(literal, "''")).not.toMatch(/DROP|OR 1=1|x'\)/i)
  }
})
