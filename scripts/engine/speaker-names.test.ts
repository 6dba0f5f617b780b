// @vitest-environment node
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Dataset } from '../../src/dataset/format/schema'
import { NO_FILTER, type QueryOf } from '../../src/dataset/query/query-description'
import { QUERY_LIMITS } from '../../src/dataset/query/query-limits'
import { indexStory, type Story } from '../../src/dataset/story-index'
import { validateDataset } from '../../src/dataset/validate/validate-dataset'
import { memoryAnswerer } from '../../src/state/query/memory-answerer'
import { generateDataset } from '../../src/testing/synthetic-dataset'
import { type DuckDb, loadStory, openDuckDb } from './duckdb-answerer'

// A quotes answer holds up to QUERY_LIMITS.quotes rows, each with its speaker's name: more speakers
// than a facet's values (QUERY_LIMITS.facetValues) must all be named, as the in-memory index names them.
const SPEAKERS = QUERY_LIMITS.facetValues + 700

function storyOfManySpeakers(): Story {
  const base = generateDataset(SPEAKERS)
  const dataset: Dataset = {
    ...base,
    actors: [
      ...base.actors,
      ...base.events.map((_, at) => ({
        id: `speaker-${at}`,
        name: `Speaker number ${at}`,
        kind: 'person' as const,
      })),
    ],
    quotes: base.events.map((event, at) => ({
      id: `said-${at}`,
      text: `Words said, ${at}.`,
      speaker: `speaker-${at}`,
      event: event.id,
    })),
  }
  const checked = validateDataset(dataset)
  if (!checked.ok) throw new Error(`the test's dataset is not valid: ${JSON.stringify(checked.issues[0])}`)
  return indexStory(checked.dataset)
}

const story = storyOfManySpeakers()
let duckdb: DuckDb
beforeAll(async () => {
  duckdb = await openDuckDb({ threads: 1 })
  duckdb.naming = await loadStory(duckdb.connection, story)
})
afterAll(() => duckdb.close())

test(`quotes of ${SPEAKERS} speakers: each named, as the in-memory index names them`, async () => {
  const question: QueryOf<'quotes'> = {
    kind: 'quotes',
    filter: NO_FILTER,
    event: null,
    limit: QUERY_LIMITS.quotes,
  }
  const [memory, engine] = await Promise.all([
    memoryAnswerer(story).answer(question),
    duckdb.answerer.answer(question),
  ])
  expect(engine.rows.length).toBeGreaterThan(QUERY_LIMITS.facetValues)
  expect(engine.rows.filter((row) => row.speakerName === null)).toEqual([])
  expect(engine.rows).toEqual(memory.rows)
}, 120_000)
