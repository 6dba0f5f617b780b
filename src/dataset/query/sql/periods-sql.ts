import type { Bucketing } from '../query-description'

// The first instant of a calendar period, in SQL, from an instant in UTC milliseconds: the same
// periods as periods.ts counts in JavaScript, by the same arithmetic in every engine. Weeks, days and
// hours are whole multiples since 1970 (weeks from the Monday before it); months and years go through
// the civil calendar by Howard Hinnant's days/civil algorithms (proleptic Gregorian, year 0 = 1 BCE,
// as JavaScript's dates count), because the engines' own date types do not all reach before 1970
// (see dialects.ts). Each step is a column the next one reads, one subquery per step: DuckDB expands
// an alias reused in the same SELECT list into its whole expression, so a chain of them grows
// exponentially (2 s for 4,000 rows, measured), while subqueries keep each step computed once.

const HOUR = 3_600_000
const DAY = 24 * HOUR

const floorDiv = (a: string, b: string | number) => `floor((${a}) / (${b}))`

/**
 * The steps from `instant` (a column of UTC ms) to `p_start`, the first instant of its period (ms, a
 * float): each an `expression AS alias` reading the columns of the steps before.
 */
export function periodStartSteps(instant: string, { period, every }: Bucketing): string[] {
  switch (period) {
    case 'hour':
    case 'day': {
      const width = (period === 'hour' ? HOUR : DAY) * every
      return [`${floorDiv(instant, width)} * ${width} AS p_start`]
    }
    case 'week':
      // 1 January 1970 was a Thursday, three days after a Monday.
      return [
        `${floorDiv(instant, DAY)} AS p_day`,
        `(p_day - ((p_day + 3) - 7 * ${floorDiv('p_day + 3', 7)})) * ${DAY} AS p_start`,
      ]
    case 'month':
    case 'year': {
      const bucket =
        period === 'year'
          ? [`${floorDiv('p_year', every)} * ${every} AS p_by`, '1 AS p_bm']
          : [
              `${floorDiv('p_year * 12 + p_month - 1', every)} * ${every} AS p_t`,
              `${floorDiv('p_t', 12)} AS p_by`,
              'p_t - 12 * p_by + 1 AS p_bm',
            ]
      return [
        // civil_from_days
        `${floorDiv(instant, DAY)} AS p_day`,
        'p_day + 719468 AS p_z',
        `${floorDiv('p_z', 146097)} AS p_era`,
        'p_z - p_era * 146097 AS p_doe',
        `${floorDiv(`p_doe - ${floorDiv('p_doe', 1460)} + ${floorDiv('p_doe', 36524)} - ${floorDiv('p_doe', 146096)}`, 365)} AS p_yoe`,
        `p_doe - (365 * p_yoe + ${floorDiv('p_yoe', 4)} - ${floorDiv('p_yoe', 100)}) AS p_doy`,
        `${floorDiv('5 * p_doy + 2', 153)} AS p_mp`,
        'p_mp + CASE WHEN p_mp < 10 THEN 3 ELSE -9 END AS p_month',
        'p_yoe + p_era * 400 + CASE WHEN p_month <= 2 THEN 1 ELSE 0 END AS p_year',
        ...bucket,
        // days_from_civil, on the first of the period's month
        'p_by - CASE WHEN p_bm <= 2 THEN 1 ELSE 0 END AS p_y2',
        `${floorDiv('p_y2', 400)} AS p_era2`,
        'p_y2 - p_era2 * 400 AS p_yoe2',
        'p_bm + CASE WHEN p_bm > 2 THEN -3 ELSE 9 END AS p_mp2',
        `${floorDiv('153 * p_mp2 + 2', 5)} AS p_doy2`,
        `p_yoe2 * 365 + ${floorDiv('p_yoe2', 4)} - ${floorDiv('p_yoe2', 100)} + p_doy2 AS p_doe2`,
        `(p_era2 * 146097 + p_doe2 - 719468) * ${DAY} AS p_start`,
      ]
    }
  }
}

/** The steps as nested subqueries over `from` (a subquery giving the instant's column), each adding its column. */
export function periodStartQuery(from: string, instant: string, bucketing: Bucketing): string {
  return periodStartSteps(instant, bucketing).reduce(
    (inner, step, at) => `(SELECT *, ${step} FROM ${inner} AS step_${at})`,
    `(${from})`,
  )
}
