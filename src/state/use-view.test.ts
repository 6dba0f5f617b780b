import { expect, test } from 'vitest'
import { NOTHING_CHOSEN } from './facets/facet-table'
import { keepUnchanged } from './use-view'
import type { ViewState } from './view-state'

const view = (overrides: Partial<ViewState> = {}): ViewState => ({
  event: null,
  quote: null,
  chosen: { ...NOTHING_CHOSEN, country: ['KP', 'RU'], actor: ['kim-jong-un'] },
  search: '',
  requestedWindow: { start: 0, end: 1000 },
  lanes: null,
  area: null,
  mapView: null,
  storyMode: null,
  ...overrides,
})

test('keepUnchanged keeps the lists and window a URL re-read did not change, so nothing downstream recomputes', () => {
  const before = view()
  const after = keepUnchanged(before, view({ event: 'e1' }))
  expect(after.event).toBe('e1')
  expect(after.chosen.country).toBe(before.chosen.country)
  expect(after.chosen.actor).toBe(before.chosen.actor)
  expect(after.requestedWindow).toBe(before.requestedWindow)
})

test('keepUnchanged takes what did change, however small', () => {
  const before = view()
  const next = view({
    chosen: { ...before.chosen, country: ['RU', 'KP'] },
    requestedWindow: { start: 0, end: 1001 },
  })
  const after = keepUnchanged(before, next)
  expect(after.chosen.country).toBe(next.chosen.country)
  expect(after.requestedWindow).toBe(next.requestedWindow)
  expect(after.chosen.actor).toBe(before.chosen.actor)
  expect(keepUnchanged(before, view({ requestedWindow: null })).requestedWindow).toBeNull()
})

test('keepUnchanged keeps the map area a URL re-read did not change', () => {
  const area = { south: 30, west: 120, north: 45, east: 135 }
  const before = view({ area })
  expect(keepUnchanged(before, view({ area: { ...area } })).area).toBe(area)
  expect(keepUnchanged(before, view({ area: { ...area, east: 136 } })).area).not.toBe(area)
})
