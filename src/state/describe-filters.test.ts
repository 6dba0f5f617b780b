import { expect, test } from 'vitest'
import { buildStory } from '../testing/build-story'
import { describeFilters } from './describe-filters'
import { NOTHING_CHOSEN } from './facets/facet-table'

const story = buildStory()
const none = { chosen: NOTHING_CHOSEN, search: '' }

test('the active filters are named in words, the search first', () => {
  expect(describeFilters(none, story)).toBe('')
  expect(describeFilters({ ...none, search: ' colony ' }, story)).toBe('the search “colony”')
  expect(
    describeFilters({ ...none, chosen: { ...NOTHING_CHOSEN, country: ['KP'], actor: ['kim'] } }, story),
  ).toBe('North Korea and Kim Jong Un')
  expect(
    describeFilters(
      { chosen: { ...NOTHING_CHOSEN, country: ['KP', 'RU'], actor: ['kim'] }, search: 'x' },
      story,
    ),
  ).toBe('the search “x”, North Korea and 2 more')
})
