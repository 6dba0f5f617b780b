import { expect, test } from 'vitest'
import { periodEnd, periodStart } from './periods'
import type { Bucketing } from './query-description'

const BUCKETINGS: Bucketing[] = [
  { period: 'year', every: 1 },
  { period: 'year', every: 5 },
  { period: 'year', every: 1000 },
  { period: 'month', every: 1 },
  { period: 'month', every: 3 },
  { period: 'week', every: 1 },
  { period: 'day', every: 1 },
  { period: 'hour', every: 6 },
]
// From year −9999 to 9999, and the instants around 1970 and year 0.
const YEARS = 10_000 * 365.2425 * 86_400_000
const instants = [
  ...Array.from({ length: 300 }, (_, at) => Math.round(Math.sin(at + 1) * YEARS)),
  -1,
  0,
  1,
  -62_167_219_200_000,
]

test('a period ends where the next one starts, and holds every instant before it', () => {
  for (const bucketing of BUCKETINGS) {
    for (const instant of instants) {
      const start = periodStart(instant, bucketing)
      const end = periodEnd(start, bucketing)
      expect(start).toBeLessThanOrEqual(instant)
      expect(end).toBeGreaterThan(instant)
      expect(periodStart(end - 1, bucketing)).toBe(start)
      expect(periodStart(end, bucketing)).toBe(end)
    }
  }
})
