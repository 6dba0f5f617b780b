// @vitest-environment node
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Answerer } from '../../src/dataset/query/answers'
import { memoryAnswerer } from '../../src/state/query/memory-answerer'
import { builtinStory, syntheticQueryStory } from '../../src/testing/query-stories'
import { type DuckDb, loadStory, openDuckDb } from './duckdb-answerer'
import { filtersFor, questionsFor } from './parity-questions'

// DuckDB answers every kind of question exactly as the in-memory index does, on the built-in story
// and a synthetic one of a few thousand events, under several filters. Where the two could differ
// and do not here, the note says why.

describe.each([
  ['the built-in story', builtinStory],
  ['a synthetic story of 4,000 events', () => syntheticQueryStory(4000)],
])('DuckDB and the in-memory index agree on %s', (_name, makeStory) => {
  const story = makeStory()
  const memory = memoryAnswerer(story)
  let duckdb: DuckDb
  let engine: Answerer
  beforeAll(async () => {
    duckdb = await openDuckDb()
    await loadStory(duckdb.connection, story)
    engine = duckdb.answerer
  })
  afterAll(() => duckdb.close())

  test.each(filtersFor(story))('filtered by %s', async (name, filter) => {
    // On the synthetic story every filter but the last lets some events through: the comparison is of
    // answers with rows, not of two empty lists.
    const { total } = await memory.answer({ kind: 'events', filter, fields: [], limit: 1, offset: 0 })
    if (story.events.length > 1000) expect(total > 0).toBe(name !== 'nothing matches')
    for (const question of questionsFor(story, filter)) {
      const [expected, answered] = await Promise.all([memory.answer(question), engine.answer(question)])
      // Exact equality, numbers and order included: the same events in the same time order, the same
      // counts, the same cells (floor and + 0 on both sides), the same text.
      expect({ question, answer: answered }).toEqual({ question, answer: expected })
    }
  })
})
