import { expect, test } from 'vitest'
import { acledRows } from './acled-rows'
import { ACLED_COLUMNS } from './acled-shares'

// The generator's rows: ACLED's columns, the same for a seed, with its shares and pairings.

const options = { seed: 3, from: Date.UTC(1997, 0, 1), to: Date.UTC(2025, 11, 31) }
const rows = (count: number, seed = options.seed) => {
  const make = acledRows({ ...options, seed })
  return Array.from({ length: count }, (_, row) => make(row))
}
const column = (name: (typeof ACLED_COLUMNS)[number]) => ACLED_COLUMNS.indexOf(name)

test('a seed gives the same rows; another seed others', () => {
  expect(rows(200)).toEqual(rows(200))
  expect(rows(200, 4)).not.toEqual(rows(200))
})

test('rows have ACLED’s columns, unique ids, dates as its export writes them, and its shares', () => {
  const made = rows(20_000)
  expect(made.every((row) => row.length === ACLED_COLUMNS.length)).toBe(true)
  const ids = made.map((row) => row[column('event_id_cnty')])
  expect(new Set(ids).size).toBe(made.length)
  expect(
    made.every((row) => /^\d{1,2} [A-Z][a-z]+ (199[7-9]|20[0-2]\d)$/.test(row[column('event_date')] ?? '')),
  ).toBe(true)
  const share = (name: (typeof ACLED_COLUMNS)[number], value: string) =>
    made.filter((row) => row[column(name)] === value).length / made.length
  // Shares of the May 2020 export: Ukraine 11%, protests 33%, no fatalities in most events.
  expect(share('country', 'Ukraine')).toBeCloseTo(0.111, 1)
  expect(share('event_type', 'Protests')).toBeCloseTo(0.33, 1)
  expect(share('fatalities', '0')).toBeGreaterThan(0.7)
  // Protesters act alone unless met by police; civilians are the second side where they are targeted.
  for (const row of made) {
    if (row[column('sub_event_type')] === 'Peaceful protest') expect(row[column('actor2')]).toBe('')
    if (row[column('civilian_targeting')]) expect(row[column('actor2')]).toMatch(/^Civilians \(/)
  }
  // Thousands of actors, as a real export names.
  expect(new Set(made.map((row) => row[column('actor1')])).size).toBeGreaterThan(2000)
})
