import { expect, test } from 'vitest'
import type { Answerer, AnswerOf } from '../../dataset/query/answers'
import { parseQuery } from '../../dataset/query/parse-query'
import type { QueryDescription } from '../../dataset/query/query-description'
import { QUERY_LIMITS } from '../../dataset/query/query-limits'
import { syntheticQueryStory } from '../../testing/query-stories'
import { NOTHING_CHOSEN } from '../facets/facet-table'
import type { AnswerSource } from './answer-source'
import { allMatchingEvents, matchingEventPages } from './matching-pages'
import { memoryAnswerer } from './memory-answerer'
import { memoryIndex } from './memory-index'

// The export's question: every matching event, in pages an engine takes (each checked as the service
// checks a request), the same events in the same order as the page's own index gives at once.

const story = syntheticQueryStory(QUERY_LIMITS.events * 2 + 500)

test('every matching event, page by page through an engine, as the index gives them at once', async () => {
  const memory = memoryAnswerer(story)
  const asked: number[] = []
  const answerer: Answerer = {
    answer<Query extends QueryDescription>(query: Query): Promise<AnswerOf<Query['kind']>> {
      const parsed = parseQuery(JSON.parse(JSON.stringify(query)))
      if (!parsed.ok) throw new Error(parsed.problems.join('; '))
      if (query.kind === 'events') asked.push(query.offset)
      return memory.answer(query)
    },
  }
  const engine: AnswerSource = { kind: 'engine', identity: 'pages', answerer }
  const immediate: AnswerSource = { kind: 'immediate', identity: 'memory', index: memoryIndex(story) }
  const filters = { chosen: NOTHING_CHOSEN, search: '' }
  const paged = await allMatchingEvents(engine, filters)
  expect(asked).toEqual([0, QUERY_LIMITS.events, QUERY_LIMITS.events * 2])
  expect(paged.map((row) => row.id)).toEqual(story.events.map((event) => event.id))
  expect(paged).toEqual(await allMatchingEvents(immediate, filters))

  const country = story.events[0]?.countries[0] ?? ''
  const some = { chosen: { ...NOTHING_CHOSEN, country: [country] }, search: '' }
  const rows = await allMatchingEvents(engine, some)
  expect(rows.length).toBeGreaterThan(0)
  expect(rows.length).toBeLessThan(story.events.length)
  expect(rows.map((row) => row.id)).toEqual(
    story.events.filter((event) => event.countries.includes(country)).map((event) => event.id),
  )
})

test('Cancel while the engine answers a page ends the pages at once; that answer, when it comes, is dropped', async () => {
  const memory = memoryAnswerer(story)
  const held: (() => void)[] = []
  const answerer: Answerer = {
    async answer<Query extends QueryDescription>(query: Query): Promise<AnswerOf<Query['kind']>> {
      await new Promise<void>((resolve) => held.push(resolve))
      return memory.answer(query)
    },
  }
  const engine: AnswerSource = { kind: 'engine', identity: 'held', answerer }
  const controller = new AbortController()
  const pages = matchingEventPages(
    engine,
    { chosen: NOTHING_CHOSEN, search: '' },
    { signal: controller.signal },
  )
  const first = pages.next()
  await Promise.resolve()
  expect(held).toHaveLength(1)
  controller.abort()
  // Ended before the engine answers: the page under way is still held.
  await expect(first).rejects.toThrow()
  for (const resolve of held) resolve()
  await expect(pages.next()).resolves.toEqual({ done: true, value: undefined })
})
