import { hasControlCharacters } from '../../../lib/control-characters'

/**
 * Where DuckDB and ClickHouse say the same thing differently: the one file that knows. The SQL
 * builder (query-sql.ts) writes everything else once. Values reach SQL only as literals made here,
 * from values the parser has checked (parse-query.ts); table and column names only from the layout
 * (table-layout.ts), never from outside.
 *
 * Traps set aside on purpose:
 * - Dates. ClickHouse 18.16 (Debian's) has no date before 1970 nor after 2105 and no DateTime64;
 *   its toStartOfWeek starts weeks on Sunday unless told; DuckDB's date_trunc('week') on Monday.
 *   Periods are therefore counted on whole days since 1970 with integer arithmetic on UTC
 *   milliseconds (periods-sql.ts), the same in both, for the years -9999 to 9999.
 * - Rounding. ClickHouse's round(-0.4) is -0, which groups apart from 0 (and JavaScript's
 *   Object.is tells them apart): grid cells are found with floor, and `withoutNegativeZero` adds 0.
 * - Strings. DuckDB's literals double a quote and know no backslash escapes; ClickHouse's take
 *   backslash escapes, so a backslash or quote left raw would end or bend the literal.
 * - Search. Each event's text is stored folded (lib/fold-for-search.ts), and a search's words are
 *   folded alike, so a case- and accent-blind search is a plain substring test in either engine;
 *   for files read as they are (no folded column), `foldedText` folds in SQL as far as the engine can.
 */
export type Dialect = {
  name: 'duckdb' | 'clickhouse'
  stringLiteral: (value: string) => string
  /** A list of strings, for a test of a list column. */
  stringList: (values: readonly string[]) => string
  /** Whether a list column holds any of the values. */
  hasAny: (column: string, values: readonly string[]) => string
  /** One row per value of a list column (in a SELECT list). */
  unnest: (column: string) => string
  /** As unnest, with one row of '' for an empty list (an event with no value is in the lane of none). */
  unnestOrEmpty: (column: string) => string
  listLength: (column: string) => string
  /** Two list columns as one list, the first's values then the second's. */
  listConcat: (first: string, second: string) => string
  /** Whether `haystack` holds `needle` (both already folded). */
  contains: (haystack: string, needle: string) => string
  /** An expression folded for search as far as the engine can (for columns not stored folded). */
  foldedText: (expression: string) => string
  /** A whole number for a BIGINT / Int64 column or result. */
  toInt64: (expression: string) => string
  /** A float for a DOUBLE / Float64 column or result. */
  toFloat64: (expression: string) => string
  /**
   * How a column is tested against a subquery's rows: ClickHouse runs a plain IN over a Distributed
   * table on each shard, which it refuses for a subquery of another Distributed table; GLOBAL IN runs
   * the subquery once and sends its rows to the shards.
   */
  inSubquery: 'IN' | 'GLOBAL IN'
  /**
   * A join keeping every row of the left side, each with at most one of the right's: ClickHouse 18.16
   * joins only with a strictness (ANY: the first match), and fills a row without a match with its
   * types' defaults ('' for a string) rather than NULL.
   */
  leftJoin: 'LEFT JOIN' | 'ANY LEFT JOIN'
  /** Types of the table layout's columns. */
  types: {
    string: string
    int64: string
    float64: string
    stringList: string
    nullable: (type: string) => string
  }
}

/** A finite number as SQL: integers as written, others to the full precision of a double. */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Not a finite number for SQL: ${value}`)
  // -0 as 0: SQL engines read "-0" as 0 anyway, and a literal should not depend on it.
  return Object.is(value, -0) ? '0' : String(value)
}

/** -0 made 0 (IEEE: -0 + 0 is +0), so that it groups and compares as 0 in every engine. */
export const withoutNegativeZero = (expression: string) => `((${expression}) + 0)`

function checked(value: string): string {
  // The parser refuses control characters; a value that reaches here with one is a bug, not input.
  if (hasControlCharacters(value)) throw new Error('A value with control characters cannot be written as SQL')
  return value
}

const duckdbString = (value: string) => `'${checked(value).replaceAll("'", "''")}'`

const clickhouseString = (value: string) =>
  `'${checked(value)
    .replaceAll('\\', '\\\\')
    .replaceAll("'", "\\'")
    .replaceAll('\n', '\\n')
    .replaceAll('\r', '\\r')
    .replaceAll('\t', '\\t')}'`

/**
 * Typographic quotes and dashes as plain ones, accents off. Only text with a character past ASCII
 * (more bytes than characters) can have either, and most text has none: the test costs far less than
 * the work (ACLED's notes folded three times faster).
 */
const duckdbPlainLetters = (text: string) =>
  `(CASE WHEN strlen(${text}) = length(${text}) THEN ${text} ELSE strip_accents(translate(${text}, '‘’ʼ′“”„″‐‑‒–—―', '''''''''""""------')) END)`

/** Each run of white space as one space: the rewrite only where there is such a run. */
const duckdbSpacesAsOne = (text: string) =>
  `(CASE WHEN regexp_matches(${text}, '\\s\\s|[\\t\\n\\f\\r]') THEN regexp_replace(${text}, '\\s+', ' ', 'g') ELSE ${text} END)`

export const DUCKDB: Dialect = {
  name: 'duckdb',
  stringLiteral: duckdbString,
  stringList: (values) => `[${values.map(duckdbString).join(', ')}]::VARCHAR[]`,
  hasAny: (column, values) => `list_has_any(${column}, ${DUCKDB.stringList(values)})`,
  unnest: (column) => `unnest(${column})`,
  unnestOrEmpty: (column) => `unnest(CASE WHEN len(${column}) = 0 THEN [''] ELSE ${column} END)`,
  listLength: (column) => `len(${column})`,
  listConcat: (first, second) => `list_concat(${first}, ${second})`,
  contains: (haystack, needle) => `contains(${haystack}, ${needle})`,
  // As lib/fold-for-search.ts folds: typographic quotes and dashes as plain ones, no accents, lower case.
  foldedText: (expression) => `trim(${duckdbSpacesAsOne(`lower(${duckdbPlainLetters(expression)})`)})`,
  toInt64: (expression) => `CAST(${expression} AS BIGINT)`,
  toFloat64: (expression) => `CAST(${expression} AS DOUBLE)`,
  inSubquery: 'IN',
  leftJoin: 'LEFT JOIN',
  types: {
    string: 'VARCHAR',
    int64: 'BIGINT',
    float64: 'DOUBLE',
    stringList: 'VARCHAR[]',
    nullable: (type) => type,
  },
}

export const CLICKHOUSE: Dialect = {
  name: 'clickhouse',
  stringLiteral: clickhouseString,
  // An empty array literal has no type in ClickHouse; emptyArrayString() has.
  stringList: (values) =>
    values.length ? `[${values.map(clickhouseString).join(', ')}]` : 'emptyArrayString()',
  hasAny: (column, values) => `hasAny(${column}, ${CLICKHOUSE.stringList(values)})`,
  unnest: (column) => `arrayJoin(${column})`,
  unnestOrEmpty: (column) => `arrayJoin(if(length(${column}) = 0, [''], ${column}))`,
  listLength: (column) => `length(${column})`,
  listConcat: (first, second) => `arrayConcat(${first}, ${second})`,
  contains: (haystack, needle) => `(position(${haystack}, ${needle}) > 0)`,
  // ClickHouse 18.16 has no accent folding and no trim: lower case and spaces only.
  foldedText: (expression) =>
    `replaceRegexpAll(replaceRegexpAll(lowerUTF8(${expression}), '\\\\s+', ' '), '^ | $', '')`,
  toInt64: (expression) => `toInt64(${expression})`,
  toFloat64: (expression) => `toFloat64(${expression})`,
  inSubquery: 'GLOBAL IN',
  leftJoin: 'ANY LEFT JOIN',
  types: {
    string: 'String',
    int64: 'Int64',
    float64: 'Float64',
    stringList: 'Array(String)',
    nullable: (type) => `Nullable(${type})`,
  },
}

export const DIALECTS = { duckdb: DUCKDB, clickhouse: CLICKHOUSE } as const
