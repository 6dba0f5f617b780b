import { type AnswerOf, type EventRow, SEARCH_HIT_FIELDS } from '../answers'
import type { EventField, QueryKind, QueryOf } from '../query-description'
import { QUERY_LIMITS } from '../query-limits'
import { type Dialect, numberLiteral, withoutNegativeZero } from './dialects'
import { periodStartQuery } from './periods-sql'
import {
  type RawRow,
  readEventRow,
  readNullableNumber,
  readNullableString,
  readNumber,
  readPrecision,
  readString,
  readStrings,
} from './raw-rows'
import { facetTest, whereOf } from './sql-filter'
import {
  EVENTS_TABLE,
  FACET_COLUMNS,
  NAMED_FACETS,
  NAMES_TABLE,
  type NamedFacet,
  QUOTES_TABLE,
} from './table-layout'

/**
 * A question as SQL: the statements to run (each bounded by a LIMIT), and how their rows make the
 * answer. Built from a checked description only; the engine runs the statements as they are.
 */
export type SqlPlan<Kind extends QueryKind> = {
  statements: string[]
  assemble: (results: readonly (readonly RawRow[])[]) => AnswerOf<Kind>
}

/** The questions answered from the tables alone (the summary also takes the story's names: summary-sql.ts). */
export type TableQueryKind = Exclude<QueryKind, 'story-summary'>

export type SqlPlanners = {
  [Kind in TableQueryKind]: (query: QueryOf<Kind>, dialect: Dialect) => SqlPlan<Kind>
}

const limit = (count: number) => `LIMIT ${numberLiteral(count)}`

const isNamed = (facet: string): facet is NamedFacet => NAMED_FACETS.some((named) => named === facet)

/** The names table's rows of one facet, keyed by `key` (for a join on it). */
const namesOf = (dialect: Dialect, facet: NamedFacet, key: string) =>
  `SELECT id AS ${key}, name FROM ${NAMES_TABLE} WHERE facet = ${dialect.stringLiteral(facet)}`

/** A name as read: ClickHouse's join gives '' where no name matched, DuckDB's NULL; a name is never ''. */
const readName = (row: RawRow, column: string) => readNullableString(row, column) || null

/**
 * The names of the given facets' values that the rows of `ids` (a subquery of one column) hold: at
 * most `most` (as many as the rows the names are for: a cap below it left some unnamed, and which was
 * arbitrary). A value of one facet may be named in another too: nameMap keeps each facet's apart.
 */
const namesIn = (dialect: Dialect, facets: readonly NamedFacet[], ids: string, most: number) =>
  `SELECT facet, id, name FROM ${NAMES_TABLE} WHERE facet IN (${facets.map(dialect.stringLiteral).join(', ')}) AND id ${dialect.inSubquery} (${ids}) ${limit(most)}`

const nameMap = (rows: readonly RawRow[] = []) => {
  const names = new Map<string, string>()
  for (const row of rows)
    names.set(`${readString(row, 'facet')}\u0000${readString(row, 'id')}`, readString(row, 'name'))
  return names
}

/** The statement counting the rows a filter lets through, read by `countOf`. */
const countStatement = (where: string) =>
  `SELECT count(*) AS total FROM ${EVENTS_TABLE} WHERE ${where} LIMIT 1`
const countOf = (rows: readonly RawRow[] | undefined) => (rows?.[0] ? readNumber(rows[0], 'total') : 0)

const EVENT_FIELD_COLUMNS: Readonly<Record<EventField, string>> = {
  title: 'title',
  date: 'date',
  precision: 'precision',
  status: 'status',
  countries: 'countries',
  actors: 'actors',
  categories: 'categories',
  latitude: 'latitude',
  longitude: 'longitude',
}

function eventColumns(fields: readonly EventField[]): string {
  return ['id', 'start_ms', 'end_ms', ...fields.map((field) => EVENT_FIELD_COLUMNS[field])].join(', ')
}

/** What a list of events and a search's hits are answered with. */
type EventList = { rows: EventRow[]; total: number }

// The events a condition lets through, in time order (backwards: nearest first before a cursor), and
// how many there are (a list, a search's hits, a step's neighbour).
const eventsPlan = (
  where: string,
  fields: readonly EventField[],
  count: number,
  offset: number,
  order: 'ordinal' | 'ordinal DESC' = 'ordinal',
): { statements: string[]; assemble: (results: readonly (readonly RawRow[])[]) => EventList } => ({
  statements: [
    `SELECT ${eventColumns(fields)} FROM ${EVENTS_TABLE} WHERE ${where} ORDER BY ${order} ${limit(count)} OFFSET ${numberLiteral(offset)}`,
    countStatement(where),
  ],
  assemble: ([rows = [], totals]) => ({
    rows: rows.map((row) => readEventRow(row, fields, { start: 'start_ms', end: 'end_ms' })),
    total: countOf(totals),
  }),
})

export const SQL_PLANNERS: SqlPlanners = {
  'facet-counts': (query, dialect) => ({
    // One statement per facet: each facet's values among the events every other facet lets through,
    // with `own` telling whether the event is also in the facet's own choice (for what a value adds).
    statements: query.facets.map((facet) => {
      const chosen = query.filter.chosen[facet]
      const { column, list } = FACET_COLUMNS[facet]
      const own = chosen.length ? facetTest(dialect, facet, chosen) : '0 = 1'
      const values = list ? dialect.unnest(column) : column
      const counted = [
        `SELECT value, count(*) AS count, sum(CASE WHEN own THEN 0 ELSE 1 END) AS added FROM (`,
        `SELECT ${values} AS value, ${own} AS own FROM ${EVENTS_TABLE} WHERE ${whereOf(dialect, query.filter, facet)}`,
        `) AS facet_values GROUP BY value ORDER BY count DESC, value ${limit(query.limit)}`,
      ].join(' ')
      if (!isNamed(facet)) return counted
      // The busiest values first, then their names: the join is over the few values kept, not every event.
      return [
        `SELECT value, count, added, name FROM (${counted}) AS counted`,
        `${dialect.leftJoin} (${namesOf(dialect, facet, 'value')}) AS named USING (value)`,
        `ORDER BY count DESC, value ${limit(query.limit)}`,
      ].join(' ')
    }),
    assemble: (results) => ({
      rows: query.facets.flatMap((facet, at) => {
        const adding = query.adding.includes(facet) && query.filter.chosen[facet].length > 0
        return (results[at] ?? []).map((row) => ({
          facet,
          value: readString(row, 'value'),
          name: isNamed(facet) ? readName(row, 'name') : null,
          count: readNumber(row, 'count'),
          added: adding ? readNumber(row, 'added') : null,
        }))
      }),
    }),
  }),

  'period-counts': (query, dialect) => {
    const { window } = query.filter
    // An event begun before the window counts in its first period (see PeriodCountsQuery).
    // As floats: ClickHouse's least and greatest take no mix of Int64 and Float64 (a window's edge).
    const edge = (instant: number) => dialect.toFloat64(numberLiteral(instant))
    const placed = `greatest(${edge(window.start)}, least(${dialect.toFloat64('start_ms')}, ${edge(window.end - 1)}))`
    const lanes = query.lanes ? FACET_COLUMNS[query.lanes] : null
    // In lanes, '' stands for the lane of none until the rows are read (no value is ever '').
    const lane = lanes ? `, ${lanes.list ? dialect.unnestOrEmpty(lanes.column) : lanes.column} AS p_lane` : ''
    return {
      statements: [
        [
          `SELECT ${dialect.toInt64('p_start')} AS start, count(*) AS count${lanes ? ', p_lane AS lane' : ''} FROM`,
          periodStartQuery(
            `SELECT ${placed} AS p_instant${lane} FROM ${EVENTS_TABLE} WHERE ${whereOf(dialect, query.filter)}`,
            'p_instant',
            query.bucketing,
          ),
          `AS periods GROUP BY p_start${lanes ? ', p_lane' : ''} ORDER BY p_start${lanes ? ', p_lane' : ''}`,
          limit(lanes ? QUERY_LIMITS.periodRows : QUERY_LIMITS.periods),
        ].join(' '),
      ],
      assemble: ([rows = []]) => ({
        rows: rows.map((row) => {
          const counted = { start: readNumber(row, 'start'), count: readNumber(row, 'count') }
          return lanes ? { ...counted, lane: readString(row, 'lane') || null } : counted
        }),
      }),
    }
  },

  events: (query, dialect) => {
    const where = whereOf(dialect, query.filter)
    if (!query.from) return eventsPlan(where, query.fields, query.limit, query.offset)
    // The cursor's place in time order. Aggregates, so that each subquery gives one row in every
    // engine: for an id no event has, max() is NULL in DuckDB but 0 in ClickHouse, and the count of
    // 0 is what rules every row out in both.
    const ofEvent = `FROM ${EVENTS_TABLE} WHERE id = ${dialect.stringLiteral(query.from.event)}`
    const forward = query.from.direction === 1
    const cursor = `ordinal ${forward ? '>' : '<'} (SELECT max(ordinal) ${ofEvent}) AND (SELECT count(*) ${ofEvent}) = 1`
    return eventsPlan(
      `(${where}) AND ${cursor}`,
      query.fields,
      query.limit,
      query.offset,
      forward ? 'ordinal' : 'ordinal DESC',
    )
  },

  'map-countries': (query, dialect) => {
    const where = whereOf(dialect, query.filter)
    return {
      statements: [
        `SELECT value AS country, count(*) AS count FROM (SELECT ${dialect.unnest('countries')} AS value FROM ${EVENTS_TABLE} WHERE ${where}) AS countries_of GROUP BY value ORDER BY value ${limit(QUERY_LIMITS.facetValues)}`,
        [
          'SELECT sum(CASE WHEN latitude IS NOT NULL AND longitude IS NOT NULL THEN 1 ELSE 0 END) AS placed,',
          `sum(CASE WHEN (latitude IS NULL OR longitude IS NULL) AND ${dialect.listLength('countries')} = 0 THEN 1 ELSE 0 END) AS unplaced`,
          `FROM ${EVENTS_TABLE} WHERE ${where} LIMIT 1`,
        ].join(' '),
      ],
      assemble: ([rows = [], totals = []]) => ({
        rows: rows.map((row) => ({ country: readString(row, 'country'), count: readNumber(row, 'count') })),
        // sum() over no rows is NULL.
        placed: totals[0] ? (readNullableNumber(totals[0], 'placed') ?? 0) : 0,
        unplaced: totals[0] ? (readNullableNumber(totals[0], 'unplaced') ?? 0) : 0,
      }),
    }
  },

  'map-points': (query, dialect) => {
    const where = `${whereOf(dialect, query.filter)} AND latitude IS NOT NULL AND longitude IS NOT NULL`
    const cell = numberLiteral(query.cellDegrees)
    // Both are asked at once: the points (one more than the cap, to tell whether it is passed) and the
    // cells; the answer keeps one. Cells by floor, never round (see dialects.ts).
    return {
      statements: [
        `SELECT id, latitude, longitude FROM ${EVENTS_TABLE} WHERE ${where} ORDER BY ordinal ${limit(query.limit + 1)}`,
        [
          `SELECT cell_latitude AS latitude, cell_longitude AS longitude, count(*) AS count FROM (`,
          `SELECT ${withoutNegativeZero(`floor(latitude / ${cell}) * ${cell}`)} AS cell_latitude,`,
          `${withoutNegativeZero(`floor(longitude / ${cell}) * ${cell}`)} AS cell_longitude FROM ${EVENTS_TABLE} WHERE ${where}`,
          `) AS cells GROUP BY cell_latitude, cell_longitude ORDER BY count DESC, cell_latitude, cell_longitude ${limit(query.limit)}`,
        ].join(' '),
        countStatement(where),
      ],
      assemble: ([points = [], cells = [], totals]) => {
        const placed = countOf(totals)
        if (points.length <= query.limit)
          return {
            rows: points.map((row) => ({
              id: readString(row, 'id'),
              latitude: readNumber(row, 'latitude'),
              longitude: readNumber(row, 'longitude'),
              count: 1,
            })),
            placed,
            binned: false,
          }
        return {
          rows: cells.map((row) => ({
            id: null,
            latitude: readNumber(row, 'latitude'),
            longitude: readNumber(row, 'longitude'),
            count: readNumber(row, 'count'),
          })),
          placed,
          binned: true,
        }
      },
    }
  },

  search: (query, dialect) => {
    const filter = { ...query.filter, search: `${query.filter.search} ${query.text}` }
    return eventsPlan(whereOf(dialect, filter), SEARCH_HIT_FIELDS, query.limit, 0)
  },

  'event-details': (query, dialect) => {
    const byId = `id = ${dialect.stringLiteral(query.id)}`
    return {
      statements: [
        `SELECT id, title, summary, date, precision, status, start_ms, end_ms, countries, actors, categories, latitude, longitude, place_name FROM ${EVENTS_TABLE} WHERE ${byId} ${limit(1)}`,
        // The names of its actors and categories: the event found once, its two lists as one.
        namesIn(
          dialect,
          NAMED_FACETS,
          `SELECT ${dialect.unnest(dialect.listConcat('actors', 'categories'))} FROM ${EVENTS_TABLE} WHERE ${byId}`,
          QUERY_LIMITS.facetValues,
        ),
        // Whether the filter lets it through: the same count as a list's, of this one event.
        ...(query.filter ? [countStatement(`${byId} AND ${whereOf(dialect, query.filter)}`)] : []),
      ],
      assemble: ([rows = [], named, matching]) => {
        const names = nameMap(named)
        const nameOf = (facet: NamedFacet) => (id: string) => names.get(`${facet}\u0000${id}`) ?? id
        return {
          ...(query.filter ? { matching: countOf(matching) > 0 } : {}),
          rows: rows.map((row) => {
            const actors = readStrings(row, 'actors')
            const categories = readStrings(row, 'categories')
            return {
              id: readString(row, 'id'),
              title: readString(row, 'title'),
              summary: readNullableString(row, 'summary'),
              date: readString(row, 'date'),
              precision: readPrecision(row, 'precision'),
              status: readString(row, 'status'),
              start: readNumber(row, 'start_ms'),
              end: readNumber(row, 'end_ms'),
              countries: readStrings(row, 'countries'),
              actors,
              categories,
              actorNames: actors.map(nameOf('actor')),
              categoryNames: categories.map(nameOf('category')),
              latitude: readNullableNumber(row, 'latitude'),
              longitude: readNullableNumber(row, 'longitude'),
              placeName: readNullableString(row, 'place_name'),
            }
          }),
        }
      },
    }
  },

  quotes: (query, dialect) => {
    // An IN over the matching events' ids rather than a JOIN: ClickHouse 18.16 joins only with USING
    // and a strictness (ALL/ANY); the quotes carry their event's place in time order for the order.
    const events =
      query.event === null
        ? `SELECT id FROM ${EVENTS_TABLE} WHERE ${whereOf(dialect, query.filter)}`
        : `SELECT ${dialect.stringLiteral(query.event)}`
    const where = `event_id ${dialect.inSubquery} (${events})`
    const listed = `SELECT id, event_id, text, speaker FROM ${QUOTES_TABLE} WHERE ${where} ORDER BY event_ordinal, ordinal ${limit(query.limit)}`
    return {
      statements: [
        listed,
        `SELECT count(*) AS total FROM ${QUOTES_TABLE} WHERE ${where} LIMIT 1`,
        // The speakers' names, of the quotes listed.
        namesIn(
          dialect,
          ['actor'],
          `SELECT speaker FROM (${listed}) AS listed WHERE speaker IS NOT NULL`,
          query.limit,
        ),
      ],
      assemble: ([rows = [], totals, named]) => {
        const names = nameMap(named)
        return {
          rows: rows.map((row) => {
            const speaker = readNullableString(row, 'speaker')
            return {
              id: readString(row, 'id'),
              event: readString(row, 'event_id'),
              text: readString(row, 'text'),
              speaker,
              speakerName: speaker === null ? null : (names.get(`actor\u0000${speaker}`) ?? null),
            }
          }),
          total: countOf(totals),
        }
      },
    }
  },
}
