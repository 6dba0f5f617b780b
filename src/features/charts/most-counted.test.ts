import { expect, test } from 'vitest'
import { type BreakdownRow, mostCounted } from './most-counted'

const row = (key: string, count: number, active = false): BreakdownRow => ({ key, name: key, count, active })

// The bars the breakdown chart shows.
test('shows every row in its own order when they fit', () => {
  const rows = [row('Albania', 2), row('China', 1), row('Japan', 6)]
  expect(mostCounted(rows, 3)).toEqual(rows)
})

test('shows those with most events when they do not, and keeps a chosen one that falls below', () => {
  const rows = [row('A', 1), row('B', 9), row('C', 5), row('D', 0, true), row('E', 5)]
  expect(mostCounted(rows, 3).map((shown) => shown.key)).toEqual(['B', 'C', 'E', 'D'])
})
