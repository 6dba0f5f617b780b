import type { StoryNaming } from '../answers'
import type { SqlPlan } from './query-sql'
import { readNullableNumber, readNumber } from './raw-rows'
import { EVENTS_TABLE, QUOTES_TABLE } from './table-layout'

// A story as a whole, from the tables (its numbers, its span) and from what the engine's loader read
// of the file (its names: the tables hold events and quotes, not the story's title). Both dialects
// write these statements alike: count(*), min, max and a sum of CASE.

/** The summary's statements; `naming`: the title and source the engine was loaded with. */
export function summaryPlan(naming: StoryNaming): SqlPlan<'story-summary'> {
  return {
    statements: [
      `SELECT count(*) AS events, min(start_ms) AS first_ms, max(end_ms) AS last_ms, sum(CASE WHEN latitude IS NOT NULL AND longitude IS NOT NULL THEN 1 ELSE 0 END) AS placed FROM ${EVENTS_TABLE} LIMIT 1`,
      `SELECT count(*) AS quotes FROM ${QUOTES_TABLE} LIMIT 1`,
    ],
    assemble: ([events = [], quotes = []]) => {
      const [counted] = events
      const count = counted ? readNumber(counted, 'events') : 0
      return {
        rows: [
          {
            title: naming.title,
            source: naming.source,
            named: naming.named,
            events: count,
            quotes: quotes[0] ? readNumber(quotes[0], 'quotes') : 0,
            // An engine's sum over no rows is null (DuckDB) or 0 (ClickHouse): none placed either way.
            placed: counted ? (readNullableNumber(counted, 'placed') ?? 0) : 0,
            // Over no rows, min and max are null (DuckDB) or 0 (ClickHouse): no span either way.
            start: counted && count > 0 ? readNumber(counted, 'first_ms') : null,
            end: counted && count > 0 ? readNumber(counted, 'last_ms') : null,
          },
        ],
      }
    },
  }
}
