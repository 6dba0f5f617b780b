// @vitest-environment node
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { tableFromIPC } from '@uwdata/flechette'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { LAYOUT_KEYS, LAYOUT_VERSION } from '../../src/dataset/query/sql/layout-file'
import {
  EVENT_COLUMNS,
  eventTableRows,
  nameTableRows,
  quoteTableRows,
} from '../../src/dataset/query/sql/table-layout'
import { openParquet, type ParquetStream } from '../../src/dataset/query/wasm/parquet-streams'
import { builtinStory, storyWithLoneSpeaker, syntheticQueryStory } from '../../src/testing/query-stories'
import { loadStory, openDuckDb } from './duckdb-answerer'
import { writeLayout } from './layout-file'

// The page's reader of a layout file (wasm/layout-streams.ts, run here in Node as parquet-wasm and hyparquet
// run in the page's worker): the Arrow streams it makes hold the tables' rows exactly as the story gives
// them (numbers as numbers, lists as lists, the quotes numbered in order), the footer's names come
// with them, and a file whose cells or columns are not the layout's is refused, saying where.

let folder: string
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'layout-streams-'))
})
afterAll(() => rm(folder, { recursive: true }))

const blobOf = async (path: string) => ({ file: new Blob([await readFile(path)]) })
// parquet-wasm's module as bytes (the page fetches it as an asset of the app).
const wasm = readFile(createRequire(import.meta.url).resolve('parquet-wasm/esm/parquet_wasm_bg.wasm'))
const opening = async (path: string) => openParquet(await blobOf(path), await wasm)

async function tableRows(streams: AsyncGenerator<ParquetStream>) {
  const tables: Record<string, unknown[]> = { events: [], quotes: [], names: [] }
  for await (const { table, bytes } of streams)
    tables[table]?.push(
      ...tableFromIPC(bytes, { useBigInt: false })
        .toArray()
        .map((row) => ({ ...row })),
    )
  return tables
}

test('the built-in story read back as the tables’ rows, with its names', async () => {
  const story = builtinStory()
  const duckdb = await openDuckDb({ threads: 1 })
  const path = join(folder, 'builtin.parquet')
  await writeLayout(duckdb.connection, await loadStory(duckdb.connection, story), path)
  duckdb.close()
  const opened = await opening(path)
  expect(opened).toMatchObject({
    format: 'layout',
    naming: { title: story.dataset.title, source: story.dataset.source.title },
    rows: story.events.length,
  })
  const tables = await tableRows(opened.streams())
  expect(tables.events).toEqual(eventTableRows(story))
  expect(tables.quotes).toEqual(quoteTableRows(story))
  expect(tables.quotes?.length).toBeGreaterThan(10)
  // Every actor and category an event names, named as the story names it.
  const named = nameTableRows(story).filter(({ facet, id }) =>
    story.events.some((event) => (facet === 'actor' ? event.actors : (event.categories ?? [])).includes(id)),
  )
  expect(sortedNames(tables.names)).toEqual(sortedNames(named))
  expect(named.length).toBeGreaterThan(10)
})

test('a speaker no event lists is named from their quote, as the story names them', async () => {
  const story = storyWithLoneSpeaker()
  const duckdb = await openDuckDb({ threads: 1 })
  const path = join(folder, 'lone-speaker.parquet')
  await writeLayout(duckdb.connection, await loadStory(duckdb.connection, story), path)
  duckdb.close()
  const tables = await tableRows((await opening(path)).streams())
  expect(tables.quotes).toEqual(quoteTableRows(story))
  expect(tables.names).toContainEqual({
    facet: 'actor',
    id: 'lone-speaker',
    name: 'A speaker no event lists',
  })
})

test('a file of version 2 (quotes without speaker_name) is read', async () => {
  const quotes = "[{'id': 'q', 'text': 'Said.', 'speaker': 'a'}]"
  const opened = await opening(await fileOf(row("'t'", 'NULL::DOUBLE', 0, quotes), '2'))
  const tables = await tableRows(opened.streams())
  expect(tables.quotes).toMatchObject([{ id: 'q', speaker: 'a' }])
  expect(tables.names).toEqual([])
})

const sortedNames = (rows: readonly unknown[] = []) => rows.map((row) => JSON.stringify(row)).sort()

test('names that are not one per id are refused, naming the row and column', async () => {
  const opened = await opening(await fileOf(row("'t'", 'NULL::DOUBLE', 0, NO_QUOTES, "['A']")))
  await expect(tableRows(opened.streams())).rejects.toThrow(
    'row 1, column "actor_names": 1 names for its 0 actors, where the layout has one name per id',
  )
})

test('quotes are numbered on across row groups, one of them without quotes', async () => {
  const story = syntheticQueryStory(4000)
  const duckdb = await openDuckDb({ threads: 1 })
  const written = join(folder, 'synthetic.parquet')
  const path = join(folder, 'synthetic-groups.parquet')
  await writeLayout(duckdb.connection, await loadStory(duckdb.connection, story), written)
  // Row groups of 1,024 events, the second's quotes taken out: a group the shortcut skips, and the
  // quotes after it numbered on from those before (the streams' `first`).
  const quoteless = (ordinal: number) => ordinal >= 1024 && ordinal < 2048
  await duckdb.connection.run(
    `COPY (
       SELECT * REPLACE (CASE WHEN ordinal >= 1024 AND ordinal < 2048 THEN []::STRUCT(id VARCHAR, text VARCHAR, speaker VARCHAR, speaker_name VARCHAR)[] ELSE quotes END AS quotes)
       FROM read_parquet('${written}') ORDER BY ordinal
     ) TO '${path}' (FORMAT parquet, ROW_GROUP_SIZE 1024, KV_METADATA {'${LAYOUT_KEYS.layout}': '${LAYOUT_VERSION}', '${LAYOUT_KEYS.title}': 'T'})`,
  )
  duckdb.close()
  const opened = await opening(path)
  const tables = await tableRows(opened.streams())
  const expected = quoteTableRows(story)
    .filter((quote) => !quoteless(quote.event_ordinal))
    .map((quote, ordinal) => ({ ...quote, ordinal }))
  expect(expected.some((quote) => quote.event_ordinal >= 2048)).toBe(true)
  expect(tables.events).toEqual(eventTableRows(story))
  expect(tables.quotes).toEqual(expected)
})

test('a file of the layout’s columns in another order is read by name, as the service reads it', async () => {
  const story = builtinStory()
  const duckdb = await openDuckDb({ threads: 1 })
  const written = join(folder, 'in-order.parquet')
  const path = join(folder, 'other-order.parquet')
  await writeLayout(duckdb.connection, await loadStory(duckdb.connection, story), written)
  // The first column (ordinal) and the title moved to the end.
  await duckdb.connection.run(
    `COPY (SELECT * EXCLUDE (ordinal, title), title, ordinal FROM read_parquet('${written}') ORDER BY ordinal)
     TO '${path}' (FORMAT parquet, KV_METADATA {'${LAYOUT_KEYS.layout}': '${LAYOUT_VERSION}', '${LAYOUT_KEYS.title}': 'T'})`,
  )
  duckdb.close()
  const opened = await opening(path)
  const orders = new Set<string>()
  for await (const { table, bytes } of opened.streams())
    if (table === 'events')
      orders.add(
        tableFromIPC(bytes)
          .schema.fields.map((field) => field.name)
          .join(),
      )
  // The engine's table takes a stream by position: every stream in the layout's order.
  expect([...orders]).toEqual([EVENT_COLUMNS.map(({ name }) => name).join()])
  const tables = await tableRows((await opening(path)).streams())
  expect(tables.events).toEqual(eventTableRows(story))
  expect(tables.quotes).toEqual(quoteTableRows(story))
})

async function fileOf(select: string, version = LAYOUT_VERSION): Promise<string> {
  const duckdb = await openDuckDb({ threads: 1 })
  const path = join(folder, `${version}-${select.length}.parquet`)
  await duckdb.connection.run(
    `COPY (${select}) TO '${path}' (FORMAT parquet, KV_METADATA {'${LAYOUT_KEYS.layout}': '${version}', '${LAYOUT_KEYS.title}': 'T'})`,
  )
  duckdb.close()
  return path
}

const NO_QUOTES = '[]::STRUCT(id VARCHAR, text VARCHAR, speaker VARCHAR, speaker_name VARCHAR)[]'

const row = (
  title: string,
  latitude = 'NULL::DOUBLE',
  ordinal = 0,
  quotes = NO_QUOTES,
  names = '[]::VARCHAR[]',
) =>
  `SELECT ${ordinal}::BIGINT AS ordinal, 'e' AS id, ${title} AS title, NULL::VARCHAR AS summary, '2020' AS date, 'year' AS precision,
   0::BIGINT AS start_ms, 1::BIGINT AS end_ms, 'occurred' AS status, ['UA'] AS countries, []::VARCHAR[] AS actors,
   []::VARCHAR[] AS categories, ${latitude} AS latitude, NULL::DOUBLE AS longitude, NULL::VARCHAR AS place_name,
   'x' AS search_text, ${names} AS actor_names, []::VARCHAR[] AS category_names, ${quotes} AS quotes`

test('an empty cell where the layout needs a value is refused, naming its row and column', async () => {
  const opened = await opening(await fileOf(row('NULL::VARCHAR')))
  await expect(tableRows(opened.streams())).rejects.toThrow(
    'row 1, column "title": empty, where the layout needs a value',
  )
})

test('a whole number past the page’s (2^53) is refused, naming its row and column, before its quotes are read', async () => {
  const quote = `[{'id': 'q', 'text': 't', 'speaker': NULL, 'speaker_name': NULL}]::STRUCT(id VARCHAR, text VARCHAR, speaker VARCHAR, speaker_name VARCHAR)[]`
  const opened = await opening(await fileOf(row(`'T'`, 'NULL::DOUBLE', 2 ** 53, quote)))
  await expect(tableRows(opened.streams())).rejects.toThrow(
    `row 1, column "ordinal": ${2 ** 53} is past the page's whole numbers`,
  )
})

test('a column of another type is refused before any row is read', async () => {
  const opened = await opening(await fileOf(row("'t'", "'north'")))
  await expect(tableRows(opened.streams())).rejects.toThrow(
    `The file claims the engine's layout, but its column "latitude" is text, where the layout has a number (double)`,
  )
})

test('an ordinal not greater than the row’s before is refused, naming its row', async () => {
  const select = [3, 9, 4].map((ordinal) => row("'t'", 'NULL::DOUBLE', ordinal)).join(' UNION ALL ')
  const opened = await opening(await fileOf(select))
  await expect(tableRows(opened.streams())).rejects.toThrow(
    `row 3, column "ordinal": 4 is not greater than the row before's 9`,
  )
})

test('quotes with text but no id are read and refused, not skipped by the footer’s null counts', async () => {
  const quotes =
    "[{'id': NULL::VARCHAR, 'text': 'Said.', 'speaker': NULL::VARCHAR, 'speaker_name': NULL::VARCHAR}]"
  const opened = await opening(await fileOf(row("'t'", 'NULL::DOUBLE', 0, quotes)))
  await expect(tableRows(opened.streams())).rejects.toThrow(
    'row 1, column "quotes": a quote without its id or text',
  )
})
