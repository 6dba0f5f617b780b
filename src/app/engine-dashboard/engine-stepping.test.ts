import { expect, test } from 'vitest'
import type { Answerer, AnswerOf } from '../../dataset/query/answers'
import { parseQuery } from '../../dataset/query/parse-query'
import type { QueryDescription } from '../../dataset/query/query-description'
import { NOTHING_CHOSEN } from '../../state/facets/facet-table'
import { memoryAnswerer } from '../../state/query/memory-answerer'
import { syntheticQueryStory } from '../../testing/query-stories'
import { engineStep } from './engine-stepping'

// Stepping through a story an engine holds, asked of it question by question (each checked as the
// service checks a request): N from the first event visits every matching event in the order the
// engine lists them, and P walks it back; many events share a day's start, so the pages around the
// selected event are exercised.

const story = syntheticQueryStory(900)
const memory = memoryAnswerer(story)
const answerer: Answerer = {
  answer<Query extends QueryDescription>(query: Query): Promise<AnswerOf<Query['kind']>> {
    const parsed = parseQuery(JSON.parse(JSON.stringify(query)))
    if (!parsed.ok) throw new Error(parsed.problems.join('; '))
    return memory.answer(query)
  },
}
const starts = story.events.map((event) => event.span.start)
const extent = { start: Math.min(...starts), end: Math.max(...story.events.map((event) => event.span.end)) }

async function walk(filters: { chosen: typeof NOTHING_CHOSEN; search: string }, direction: -1 | 1) {
  const visited: string[] = []
  let selected = null
  for (;;) {
    const row = await engineStep({ answerer, filters, selected, shown: extent, extent }, direction)
    if (!row) return visited
    visited.push(row.id)
    selected = row
    if (visited.length > story.events.length) throw new Error('stepping went round in a loop')
  }
}

test('N from the first event visits every matching event in time order, P walks back', async () => {
  const country = story.events[0]?.countries[0] ?? ''
  for (const filters of [
    { chosen: NOTHING_CHOSEN, search: '' },
    { chosen: { ...NOTHING_CHOSEN, country: [country] }, search: '' },
  ]) {
    const { rows } = await memory.answer({
      kind: 'events',
      filter: { chosen: filters.chosen, search: '', area: null, window: null },
      fields: [],
      limit: 10_000,
      offset: 0,
    })
    const order = rows.map((row) => row.id)
    expect(new Set(starts).size).toBeLessThan(story.events.length)
    expect(await walk(filters, 1)).toEqual(order)
    expect(await walk(filters, -1)).toEqual(order.toReversed())
  }
})

test('with none selected: the first in the window on screen, or the first after it', async () => {
  const filters = { chosen: NOTHING_CHOSEN, search: '' }
  const sorted = [...story.events].sort((a, b) => a.span.start - b.span.start)
  const middle = sorted[Math.floor(sorted.length / 2)]
  if (!middle) throw new Error('no events')
  const shown = { start: middle.span.start, end: middle.span.start + 3_600_000 }
  const first = await engineStep({ answerer, filters, selected: null, shown, extent }, 1)
  expect(first?.start).toBeLessThan(shown.end)
  expect(first?.end).toBeGreaterThan(shown.start)
  const empty = { start: extent.end + 1_000, end: extent.end + 2_000 }
  const last = await engineStep({ answerer, filters, selected: null, shown: empty, extent }, -1)
  expect(last?.start).toBe(Math.max(...starts))
})
