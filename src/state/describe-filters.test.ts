import { expect, test } from 'vitest'
import { buildStory } from '../testing/build-story'
import { describeFilters } from './describe-filters'

const story = buildStory()
const none = { countries: [], actors: [], categories: [], statuses: [], search: '' }

test('the active filters are named in words, the search first', () => {
  expect(describeFilters(none, story)).toBe('')
  expect(describeFilters({ ...none, search: ' colony ' }, story)).toBe('the search “colony”')
  expect(describeFilters({ ...none, countries: ['KP'], actors: ['kim'] }, story)).toBe(
    'North Korea and Kim Jong Un',
  )
  expect(
    describeFilters(
      { countries: ['KP', 'RU'], actors: ['kim'], categories: [], statuses: [], search: 'x' },
      story,
    ),
  ).toBe('the search “x”, North Korea and 2 more')
})
