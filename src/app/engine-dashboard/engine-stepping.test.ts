import { expect, test } from 'vitest'
import type { Answerer, AnswerOf } from '../../dataset/query/answers'
import { parseQuery } from '../../dataset/query/parse-query'
import type { QueryDescription } from '../../dataset/query/query-description'
import { indexStory } from '../../dataset/story-index'
import { validateDataset } from '../../dataset/validate/validate-dataset'
import { NOTHING_CHOSEN } from '../../state/facets/facet-table'
import { memoryAnswerer } from '../../state/query/memory-answerer'
import { syntheticQueryStory } from '../../testing/query-stories'
import { generateDataset } from '../../testing/synthetic-dataset'
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

test('thousands of events on one day (ACLED’s are days): N visits each of them, P walks back, one row asked per step', async () => {
  const dataset = generateDataset(2_600, 3)
  // All but the first 40 on one day, as ACLED's ~4,500 a day.
  const events = dataset.events.map((event, index) => (index < 40 ? event : { ...event, date: '2020-03-01' }))
  const result = validateDataset({ ...dataset, events })
  if (!result.ok) throw new Error(`the one-day story: ${JSON.stringify(result.issues[0])}`)
  const oneDay = indexStory(result.dataset)
  const inMemory = memoryAnswerer(oneDay)
  const asked: QueryDescription[] = []
  const counting: Answerer = {
    answer<Query extends QueryDescription>(query: Query): Promise<AnswerOf<Query['kind']>> {
      const parsed = parseQuery(JSON.parse(JSON.stringify(query)))
      if (!parsed.ok) throw new Error(parsed.problems.join('; '))
      asked.push(query)
      return inMemory.answer(query)
    },
  }
  const span = { start: oneDay.extent.start, end: oneDay.extent.end }
  const filters = { chosen: NOTHING_CHOSEN, search: '' }
  const order = oneDay.events.map((event) => event.id)
  const oneStart = oneDay.eventsById.get(events[100]?.id ?? '')?.span.start
  expect(oneDay.events.filter((event) => event.span.start === oneStart).length).toBeGreaterThan(2_500)
  for (const direction of [1, -1] as const) {
    const visited: string[] = []
    let selected: { id: string; start: number; end: number } | null = null
    for (;;) {
      asked.length = 0
      const row = await engineStep(
        { answerer: counting, filters, selected, shown: span, extent: span },
        direction,
      )
      if (selected) expect(asked.map((query) => (query.kind === 'events' ? query.limit : -1))).toEqual([1])
      if (!row) break
      visited.push(row.id)
      selected = row
      if (visited.length > order.length) throw new Error('stepping went round in a loop')
    }
    expect(visited).toEqual(direction === 1 ? order : order.toReversed())
  }
})
