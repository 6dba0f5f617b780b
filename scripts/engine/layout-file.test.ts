// @vitest-environment node
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { NO_FILTER } from '../../src/dataset/query/query-description'
import { LAYOUT_KEYS, LAYOUT_VERSION } from '../../src/dataset/query/sql/layout-file'
import { memoryAnswerer } from '../../src/state/query/memory-answerer'
import { builtinStory, storyWithLoneSpeaker, syntheticQueryStory } from '../../src/testing/query-stories'
import { type DuckDb, loadStory, openDuckDb } from './duckdb-answerer'
import { writeLayout } from './layout-file'
import { loadFile } from './load-file'
import { filtersFor, questionsFor } from './parity-questions'

// A story written in the engine's layout (layout-file.ts) and read back by the service's loader
// answers every question as the in-memory index does (its quotes, their order, its names included);
// a file claiming the layout is refused, naming the column or the version that is wrong; a file
// with the layout's columns but no claim in its footer is not taken for one.

let folder: string
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'layout-'))
})
afterAll(() => rm(folder, { recursive: true }))

describe.each([
  ['the built-in story', builtinStory],
  ['a synthetic story of 4,000 events', () => syntheticQueryStory(4000)],
  // A speaker no event lists: named by the quote's speaker_name (version 3), not by an event's names.
  ['a story with a speaker no event lists', storyWithLoneSpeaker],
])('%s through a layout file', (name, makeStory) => {
  const story = makeStory()
  let read: DuckDb
  beforeAll(async () => {
    const written = await openDuckDb({ threads: 1 })
    const path = join(folder, `${name.length}.parquet`)
    await writeLayout(written.connection, await loadStory(written.connection, story), path)
    written.close()
    read = await openDuckDb({ threads: 1 })
    const loaded = await loadFile(read.connection, path)
    expect(loaded).toMatchObject({ kind: 'layout', events: story.events.length })
    read.naming = loaded.naming
  })
  afterAll(() => read.close())

  test('answers as the in-memory index', async () => {
    const memory = memoryAnswerer(story)
    for (const [filterName, filter] of filtersFor(story))
      for (const question of questionsFor(story, filter))
        expect({ filterName, question, answer: await read.answerer.answer(question) }).toEqual({
          filterName,
          question,
          answer: await memory.answer(question),
        })
    expect(await read.answerer.answer({ kind: 'story-summary' })).toEqual(
      await memory.answer({ kind: 'story-summary' }),
    )
  })
})

/** A one-event Parquet file written by DuckDB from `select`, with `footer` in its metadata. */
async function parquetOf(select: string, footer: Record<string, string>): Promise<string> {
  const duckdb = await openDuckDb({ threads: 1 })
  const path = join(folder, `${Object.keys(footer).length}-${select.length}.parquet`)
  const metadata = Object.entries(footer)
    .map(([key, value]) => `'${key}': '${value}'`)
    .join(', ')
  await duckdb.connection.run(
    `COPY (${select}) TO '${path}' (FORMAT parquet${metadata ? `, KV_METADATA {${metadata}}` : ''})`,
  )
  duckdb.close()
  return path
}

/** A row of the layout's columns, some of them replaced (null: left out). */
const layoutRow = (replaced: Record<string, string | null> = {}) => {
  const columns: Record<string, string | null> = {
    ordinal: '0::BIGINT',
    id: "'e'",
    title: "'An event'",
    summary: 'NULL::VARCHAR',
    date: "'2020-01-02'",
    precision: "'day'",
    start_ms: '1577923200000::BIGINT',
    end_ms: '1578009599999::BIGINT',
    status: "'occurred'",
    countries: "['UA']",
    actors: '[]::VARCHAR[]',
    categories: '[]::VARCHAR[]',
    latitude: 'NULL::DOUBLE',
    longitude: 'NULL::DOUBLE',
    place_name: 'NULL::VARCHAR',
    search_text: "'an event'",
    actor_names: '[]::VARCHAR[]',
    category_names: '[]::VARCHAR[]',
    quotes: "[{'id': 'q', 'text': 'Said.', 'speaker': NULL::VARCHAR, 'speaker_name': NULL::VARCHAR}]",
    ...replaced,
  }
  return `SELECT ${Object.entries(columns)
    .flatMap(([name, value]) => (value === null ? [] : [`${value} AS ${name}`]))
    .join(', ')}`
}

const claim = { [LAYOUT_KEYS.layout]: LAYOUT_VERSION, [LAYOUT_KEYS.title]: 'A story' }

test('a file in the layout loads its event, its quote and its names', async () => {
  const duckdb = await openDuckDb({ threads: 1 })
  try {
    const loaded = await loadFile(duckdb.connection, await parquetOf(layoutRow(), claim))
    expect(loaded).toEqual({
      kind: 'layout',
      events: 1,
      quotes: 1,
      naming: { title: 'A story', source: null, named: true },
    })
  } finally {
    duckdb.close()
  }
})

test('a file of version 1 (no names) loads, its actors and categories named by their ids', async () => {
  const duckdb = await openDuckDb({ threads: 1 })
  try {
    const v1 = await parquetOf(
      layoutRow({
        actor_names: null,
        category_names: null,
        actors: "['police-forces']",
        quotes: "[{'id': 'q', 'text': 'Said.', 'speaker': NULL::VARCHAR}]",
      }),
      { ...claim, [LAYOUT_KEYS.layout]: '1' },
    )
    const loaded = await loadFile(duckdb.connection, v1)
    expect(loaded.naming).toEqual({ title: 'A story', source: null, named: false })
    duckdb.naming = loaded.naming
    const summary = await duckdb.answerer.answer({ kind: 'story-summary' })
    expect(summary.rows[0]?.named).toBe(false)
    const facets = await duckdb.answerer.answer({
      kind: 'facet-counts',
      filter: NO_FILTER,
      facets: ['actor'],
      adding: [],
      limit: 5,
    })
    expect(facets.rows).toEqual([
      { facet: 'actor', value: 'police-forces', name: null, count: 1, added: null },
    ])
    const details = await duckdb.answerer.answer({ kind: 'event-details', id: 'e' })
    expect(details.rows[0]?.actorNames).toEqual(['police-forces'])
  } finally {
    duckdb.close()
  }
})

test('a file of version 2 (quotes without speaker_name) names its actors from its columns', async () => {
  const duckdb = await openDuckDb({ threads: 1 })
  try {
    const path = await parquetOf(
      layoutRow({
        actors: "['police-forces']",
        actor_names: "['Police Forces of India (2014-)']",
        quotes: "[{'id': 'q', 'text': 'Said.', 'speaker': 'police-forces'}]",
      }),
      { ...claim, [LAYOUT_KEYS.layout]: '2' },
    )
    duckdb.naming = (await loadFile(duckdb.connection, path)).naming
    const details = await duckdb.answerer.answer({ kind: 'event-details', id: 'e' })
    expect(details.rows[0]?.actorNames).toEqual(['Police Forces of India (2014-)'])
  } finally {
    duckdb.close()
  }
})

test.each([
  [{ start_ms: "'2020'" }, claim, 'its column "start_ms" is text, where the layout has a whole number'],
  [{ countries: "'UA'" }, claim, 'its column "countries" is text, where the layout has a list of text'],
  [
    { quotes: "['Said.']" },
    claim,
    'its column "quotes" is a list of text, where the layout has a list of quotes',
  ],
  [{ search_text: null }, claim, 'its column "search_text" is missing'],
  [
    {},
    { ...claim, [LAYOUT_KEYS.layout]: '4' },
    `it is in the engine's layout version "4"; this reader reads versions 1 to 3`,
  ],
  [{ actor_names: null }, claim, 'its column "actor_names" is missing (a list of text)'],
  [
    { category_names: "'x'" },
    claim,
    'its column "category_names" is text, where the layout has a list of text',
  ],
  [
    { actors: "['a', 'b']", actor_names: "['A']" },
    claim,
    'row 1, column "actor_names": 1 names for its 2 actors, where the layout has one name per id',
  ],
  [
    { actors: "['a', 'b']", actor_names: "['A', NULL::VARCHAR]" },
    claim,
    'row 1, column "actor_names": not a list of text',
  ],
  [{}, { [LAYOUT_KEYS.layout]: LAYOUT_VERSION }, 'its footer names no title'],
  [{ ordinal: 'NULL::BIGINT' }, claim, 'row 1, column "ordinal": empty, where the layout needs a value'],
  [{ id: 'NULL::VARCHAR' }, claim, 'row 1, column "id": empty, where the layout needs a value'],
  [
    {
      quotes:
        "[{'id': NULL::VARCHAR, 'text': 'Said.', 'speaker': NULL::VARCHAR, 'speaker_name': NULL::VARCHAR}]",
    },
    claim,
    'row 1, column "quotes": a quote without its id or text',
  ],
  [{}, { ...claim, [LAYOUT_KEYS.title]: ' ' }, 'its footer names no title'],
])('a file claiming the layout with %j and %j is refused', async (replaced, footer, problem) => {
  const path = await parquetOf(layoutRow(replaced), footer)
  const duckdb = await openDuckDb({ threads: 1 })
  try {
    await expect(loadFile(duckdb.connection, path)).rejects.toThrow(
      `${path} claims the engine's layout, but ${problem}`,
    )
  } finally {
    duckdb.close()
  }
})

test('a file whose ordinals go back is refused, naming the row', async () => {
  const path = await parquetOf(
    `${layoutRow({ ordinal: '5::BIGINT' })} UNION ALL ${layoutRow({ ordinal: '7::BIGINT', id: "'f'" })} UNION ALL ${layoutRow({ ordinal: '7::BIGINT', id: "'g'" })}`,
    claim,
  )
  const duckdb = await openDuckDb({ threads: 1 })
  try {
    await expect(loadFile(duckdb.connection, path)).rejects.toThrow(
      `${path} claims the engine's layout, but row 3, column "ordinal": 7 is not greater than the row before's 7`,
    )
  } finally {
    duckdb.close()
  }
})

test('a footer with binary metadata beside the claim loads (its other keys are not decoded)', async () => {
  const path = join(folder, 'binary-metadata.parquet')
  const duckdb = await openDuckDb({ threads: 1 })
  try {
    await duckdb.connection.run(
      `COPY (${layoutRow()}) TO '${path}' (FORMAT parquet, KV_METADATA {'binary': '\\xFF\\xFE'::BLOB, '${LAYOUT_KEYS.layout}': '${LAYOUT_VERSION}', '${LAYOUT_KEYS.title}': 'A story'})`,
    )
    expect(await loadFile(duckdb.connection, path)).toMatchObject({ kind: 'layout', events: 1 })
  } finally {
    duckdb.close()
  }
})

test('the layout’s columns without the footer’s claim are not taken for the layout', async () => {
  const path = await parquetOf(layoutRow(), {})
  const duckdb = await openDuckDb({ threads: 1 })
  try {
    await expect(loadFile(duckdb.connection, path)).rejects.toThrow(
      `neither a Parquet file in the engine's layout (its footer names none: ${LAYOUT_KEYS.layout}`,
    )
  } finally {
    duckdb.close()
  }
})
