import { expect, test } from 'vitest'
import { countPlan } from './count-plan'
import { FACETS, NOTHING_CHOSEN } from './facet-table'

const area = { south: 30, west: 120, north: 45, east: 135 }
const filters = {
  chosen: { ...NOTHING_CHOSEN, country: ['KP'], status: ['alleged'] },
  search: 'letter',
  area,
}

test('each facet is counted under every other filter, its own left out', () => {
  const plan = countPlan(filters)
  expect(plan.matching).toBe(filters)
  for (const { key } of FACETS) {
    const { facet, where } = plan.facets[key]
    expect(facet).toBe(key)
    expect(where.chosen[key]).toEqual([])
    for (const other of FACETS)
      if (other.key !== key) expect(where.chosen[other.key]).toBe(filters.chosen[other.key])
    // The search and the map's area narrow every facet.
    expect(where).toMatchObject({ search: 'letter', area })
  }
})

test('a panel’s facet with values chosen also asks what each other value would add; one without, nothing', () => {
  const plan = countPlan(filters)
  expect(plan.facets.country.adding).toEqual(['KP'])
  // The statuses' chips (the timeline legend's) say their counts only.
  expect(plan.facets.status.adding).toBeNull()
  expect(plan.facets.actor.adding).toBeNull()
  expect(plan.facets.category.adding).toBeNull()
})
