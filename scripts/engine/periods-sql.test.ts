// @vitest-environment node
import fc from 'fast-check'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { EARLIEST_INSTANT, LATEST_INSTANT } from '../../src/dataset/dates/story-date'
import { periodStart } from '../../src/dataset/query/periods'
import { type Bucketing, PERIODS } from '../../src/dataset/query/query-description'
import { periodStartQuery } from '../../src/dataset/query/sql/periods-sql'
import { type DuckDb, openDuckDb } from './duckdb-answerer'

// The periods SQL counts in are JavaScript's, over every year a date may have (-9999 to 9999), BCE
// and leap years included: the SQL's integer calendar against JavaScript's Date.

let duckdb: DuckDb
beforeAll(async () => {
  duckdb = await openDuckDb({ threads: 1 })
})
afterAll(() => duckdb.close())

const EVERY: Record<(typeof PERIODS)[number], number[]> = {
  year: [1, 5, 10, 100],
  month: [1, 3, 6],
  week: [1],
  day: [1],
  hour: [1, 6],
}
const bucketings: Bucketing[] = PERIODS.flatMap((period) => EVERY[period].map((every) => ({ period, every })))

test.each(bucketings.map((bucketing) => [`${bucketing.every} ${bucketing.period}`, bucketing] as const))(
  'periods of %s start where JavaScript’s do',
  async (_name, bucketing) => {
    const instants = fc.sample(fc.integer({ min: EARLIEST_INSTANT, max: LATEST_INSTANT }), {
      numRuns: 300,
      seed: 34,
    })
    instants.push(Date.UTC(2024, 1, 29, 23, 59), Date.UTC(2000, 0, 1), 0, -1, Date.UTC(-4, 2, 1) - 1)
    const values = instants.map((instant) => `(${instant})`).join(', ')
    const sql = `SELECT CAST(p_instant AS BIGINT) AS instant, CAST(p_start AS BIGINT) AS start FROM ${periodStartQuery(`SELECT p_instant FROM (VALUES ${values}) AS instants(p_instant)`, 'p_instant', bucketing)} AS periods`
    const rows = (await duckdb.connection.runAndReadAll(sql)).getRowObjectsJS()
    expect(rows.map((row) => Number(row.start))).toEqual(
      rows.map((row) => periodStart(Number(row.instant), bucketing)),
    )
    expect(rows.length).toBe(instants.length)
  },
)
