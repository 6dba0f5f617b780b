import type { Bucketing, Period, TimeSpan } from './query-description'

// Calendar periods in UTC, as the engines' date functions count them (DuckDB's date_trunc,
// ClickHouse's toStartOf…): the in-memory answerer places events with these, and the SQL dialects
// (sql/dialects.ts) say the same in their own words.

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** How many units a run of periods may hold: a month's runs fit a year, an hour's a day. */
export const ALLOWED_EVERY: Readonly<Record<Period, (every: number) => boolean>> = {
  year: (every) => every >= 1 && every <= 1000,
  month: (every) => 12 % every === 0,
  week: (every) => every === 1,
  day: (every) => every === 1,
  hour: (every) => 24 % every === 0,
}

/** A period's typical length, to bound how many periods a window holds. */
const TYPICAL_LENGTH: Readonly<Record<Period, number>> = {
  year: 365.2425 * DAY,
  month: 30.436875 * DAY,
  week: 7 * DAY,
  day: DAY,
  hour: HOUR,
}

/** About how many periods the window spans (at most one more at each end). */
export function periodsIn(window: TimeSpan, { period, every }: Bucketing): number {
  return Math.ceil((window.end - window.start) / (TYPICAL_LENGTH[period] * every)) + 2
}

// Not Date.UTC, which reads years 0–99 as 1900–1999.
function utc(year: number, month = 0, day = 1): number {
  const date = new Date(0)
  date.setUTCFullYear(year, month, day)
  return date.getTime()
}

/** The first instant of the period holding `instant`. */
export function periodStart(instant: number, { period, every }: Bucketing): number {
  switch (period) {
    case 'year': {
      const year = new Date(instant).getUTCFullYear()
      return utc(Math.floor(year / every) * every)
    }
    case 'month': {
      const date = new Date(instant)
      const month = Math.floor((date.getUTCFullYear() * 12 + date.getUTCMonth()) / every) * every
      return utc(Math.floor(month / 12), month - Math.floor(month / 12) * 12)
    }
    case 'week': {
      // 1 January 1970 was a Thursday: three days after a Monday.
      const day = Math.floor(instant / DAY)
      return (day - mod(day + 3, 7)) * DAY
    }
    case 'day':
      return Math.floor(instant / DAY) * DAY
    case 'hour':
      return Math.floor(instant / (HOUR * every)) * HOUR * every
  }
}

/** The first instant after the period that starts at `start` (a period's start, as periodStart gives). */
export function periodEnd(start: number, { period, every }: Bucketing): number {
  switch (period) {
    case 'year':
      return utc(new Date(start).getUTCFullYear() + every)
    case 'month': {
      const date = new Date(start)
      return utc(date.getUTCFullYear(), date.getUTCMonth() + every)
    }
    case 'week':
      return start + 7 * DAY
    case 'day':
      return start + DAY
    case 'hour':
      return start + HOUR * every
  }
}

const mod = (value: number, by: number) => ((value % by) + by) % by
