// @vitest-environment node
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Answerer } from '../../src/dataset/query/answers'
import { parseQuery } from '../../src/dataset/query/parse-query'
import { memoryAnswerer } from '../../src/state/query/memory-answerer'
import { builtinStory, syntheticQueryStory } from '../../src/testing/query-stories'
import { type DuckDb, loadStory, openDuckDb } from './duckdb-answerer'
import { filtersFor, questionsFor } from './parity-questions'

// DuckDB answers every kind of question exactly as the in-memory index does, on the built-in story
// and a synthetic one of a few thousand events, under several filters. Where the two could differ,
// and why they do not here:
// - text order: JavaScript compares UTF-16 code units, DuckDB UTF-8 bytes; they disagree only between
//   characters past U+FFFF and those from U+E000 to U+FFFF, and no value ordered here (country codes,
//   actor and category ids, which are slugs) has either;
// - −0: an event at latitude −0 is at 0 in both (dataset/query/coordinates.ts), and grid cells add 0;
// - search: the table holds each event's text folded by the page's own function, so the two fold alike
//   (a file read by DuckDB's own reader folds in SQL, with less: see dialects.ts's foldedText).

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
    duckdb.naming = await loadStory(duckdb.connection, story)
    engine = duckdb.answerer
  })
  afterAll(() => duckdb.close())

  test.each(filtersFor(story))('filtered by %s', async (name, filter) => {
    // On the synthetic story every filter but the last lets some events through: the comparison is of
    // answers with rows, not of two empty lists.
    const { total } = await memory.answer({ kind: 'events', filter, fields: [], limit: 1, offset: 0 })
    if (story.events.length > 1000) expect(total > 0).toBe(name !== 'nothing matches')
    for (const question of questionsFor(story, filter)) {
      // Each question as the service would take it (within the caps), not just as a test can write it.
      expect(parseQuery(JSON.parse(JSON.stringify(question)))).toEqual({ ok: true, query: question })
      const [expected, answered] = await Promise.all([memory.answer(question), engine.answer(question)])
      // Exact equality, numbers and order included: the same events in the same time order, the same
      // counts, the same cells (floor and + 0 on both sides), the same text.
      expect({ question, answer: answered }).toEqual({ question, answer: expected })
    }
  })
})
