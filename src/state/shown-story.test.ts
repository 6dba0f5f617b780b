import { expect, test } from 'vitest'
import type { StorySummaryRow } from '../dataset/query/answers'
import { engineKnowledge } from './shown-story'

// What the page knows of an engine's story: its values by id, named as the engine names them.

const SUMMARY: StorySummaryRow = {
  title: 'Held',
  source: null,
  events: 2,
  quotes: 0,
  placed: 0,
  start: 0,
  end: 1,
  named: true,
}

test('actors and categories are named as the engine names them, by their id where it gives no name', () => {
  const { vocabulary } = engineKnowledge(
    SUMMARY,
    [
      { facet: 'country', value: 'IN', name: null, count: 2, added: null },
      {
        facet: 'actor',
        value: 'police-forces-of-india-2014-',
        name: 'Police Forces of India (2014-)',
        count: 2,
        added: null,
      },
      { facet: 'actor', value: 'unnamed', name: null, count: 1, added: null },
      { facet: 'category', value: 'protests', name: 'Protests', count: 2, added: null },
    ],
    10,
  )
  expect([...vocabulary.actorsById.values()]).toEqual([
    { id: 'police-forces-of-india-2014-', name: 'Police Forces of India (2014-)' },
    { id: 'unnamed', name: 'unnamed' },
  ])
  expect([...vocabulary.categoriesById.values()]).toEqual([{ id: 'protests', name: 'Protests' }])
  expect(vocabulary.countryCodes).toEqual(['IN'])
})
