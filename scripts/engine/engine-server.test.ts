// @vitest-environment node
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { tableFromIPC } from '@uwdata/flechette'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { StoryNaming } from '../../src/dataset/query/answers'
import { ANSWER_METADATA, ARROW_STREAM } from '../../src/dataset/query/arrow-answers'
import { httpAnswerer } from '../../src/dataset/query/http-answerer'
import { NO_FILTER, type QueryDescription } from '../../src/dataset/query/query-description'
import { memoryAnswerer } from '../../src/state/query/memory-answerer'
import { syntheticQueryStory } from '../../src/testing/query-stories'
import { acledRows, csvField } from '../acled/acled-rows'
import { ACLED_COLUMNS } from '../acled/acled-shares'
import { loadStory } from './duckdb-answerer'
import { createEngineServer } from './engine-server'
import { loadFile } from './load-file'
import { filtersFor, questionsFor } from './parity-questions'

// The service started on a free loopback port, asked, and stopped: Arrow answers equal to the
// in-memory index's, refusals with their reasons, CORS for the app's origin only, a query stopped
// past its time.

const ORIGIN = 'http://127.0.0.1:5173'

async function serve(
  instance: DuckDBInstance,
  naming: StoryNaming,
  timeoutMs = 10_000,
): Promise<{ server: Server; url: string }> {
  const server = createEngineServer({ instance, origin: ORIGIN, timeoutMs, naming, about: { file: 'test' } })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { server, url: `http://127.0.0.1:${port}` }
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/query`, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', ...headers },
  })

describe('over a synthetic story', () => {
  const story = syntheticQueryStory(1500)
  const memory = memoryAnswerer(story)
  let instance: DuckDBInstance
  let served: { server: Server; url: string }
  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:', { threads: '1' })
    const connection = await instance.connect()
    const naming = await loadStory(connection, story)
    connection.closeSync()
    served = await serve(instance, naming)
  })
  afterAll(async () => {
    await new Promise((resolve) => served.server.close(resolve))
    instance.closeSync()
  })

  test('an answer comes as Arrow, its rows and totals as the in-memory index gives them', async () => {
    const query: QueryDescription = {
      kind: 'events',
      filter: { ...NO_FILTER, chosen: { ...NO_FILTER.chosen, status: ['scheduled'] } },
      fields: ['title', 'countries', 'latitude'],
      limit: 20,
      offset: 0,
    }
    const response = await post(served.url, query, { Origin: ORIGIN })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(ARROW_STREAM)
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN)
    const table = tableFromIPC(new Uint8Array(await response.arrayBuffer()))
    const expected = await memory.answer(query)
    const rows = table.toArray().map((row) => ({ ...row, countries: [...row.countries] }))
    expect(rows).toEqual(expected.rows.map((row) => ({ ...row, latitude: row.latitude ?? null })))
    expect(JSON.parse(table.schema.metadata?.get(ANSWER_METADATA) ?? '{}')).toEqual({ total: expected.total })
  })

  test('every kind of question, through HTTP and Arrow and read back, is answered as in memory', async () => {
    const engine = httpAnswerer(`${served.url}/query`)
    for (const [name, filter] of filtersFor(story).slice(0, 4)) {
      for (const question of questionsFor(story, filter))
        expect({ name, question, answer: await engine.answer(question) }).toEqual({
          name,
          question,
          answer: await memory.answer(question),
        })
    }
    await expect(engine.answer({ kind: 'event-details', id: 'x\u0007' })).rejects.toMatchObject({
      problem: 'refused',
      detail: 'the event-details query (400): id: the id: no control characters',
    })
  })

  test('as JSON where only JSON is accepted', async () => {
    const query: QueryDescription = { kind: 'map-countries', filter: NO_FILTER }
    const response = await post(served.url, query, { Accept: 'application/json' })
    expect(await response.json()).toEqual(await memory.answer(query))
  })

  test('a description that does not parse is refused with what to fix; SQL is never taken', async () => {
    const bad = await post(served.url, {
      kind: 'events',
      filter: NO_FILTER,
      fields: [],
      limit: 1e9,
      offset: 0,
    })
    expect(bad.status).toBe(400)
    expect(await bad.json()).toEqual({ problems: ['limit: at most 10000'] })
    const sql = await post(served.url, { kind: 'sql', sql: 'SELECT * FROM events' })
    expect(sql.status).toBe(400)
    const notJson = await post(served.url, 'SELECT 1')
    expect(await notJson.json()).toEqual({ problems: ['the body: a query description as JSON'] })
    expect((await post(served.url, 'x'.repeat(70_000))).status).toBe(413)
  })

  test('CORS answers the app’s origin only', async () => {
    const other = await post(
      served.url,
      { kind: 'event-details', id: 'event-1' },
      { Origin: 'https://elsewhere.example' },
    )
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
    const preflight = await fetch(`${served.url}/query`, { method: 'OPTIONS', headers: { Origin: ORIGIN } })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST')
    expect((await fetch(`${served.url}/elsewhere`)).status).toBe(404)
  })
})

test('an ACLED export is read into the layout, and a query past its time is stopped', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'engine-'))
  try {
    const make = acledRows({ seed: 5, from: Date.UTC(2015, 0, 1), to: Date.UTC(2024, 0, 1) })
    const lines = [ACLED_COLUMNS.join(',')]
    for (let row = 0; row < 30_000; row++) lines.push(make(row).map(csvField).join(','))
    const file = join(folder, 'acled.csv')
    await writeFile(file, `${lines.join('\n')}\n`)
    const instance = await DuckDBInstance.create(':memory:', { threads: '1' })
    const connection = await instance.connect()
    const loaded = await loadFile(connection, file)
    expect(loaded).toEqual({
      events: 30_000,
      quotes: 0,
      kind: 'acled',
      naming: { title: 'acled', source: 'acled', named: true },
    })
    connection.closeSync()
    const served = await serve(instance, loaded.naming, 1)
    const slow: QueryDescription = {
      kind: 'facet-counts',
      filter: { ...NO_FILTER, search: 'armed clash' },
      facets: ['country', 'actor', 'category', 'status'],
      adding: [],
      limit: 5000,
    }
    const response = await post(served.url, slow)
    expect(response.status).toBe(504)
    expect(await response.json()).toEqual({ problems: ['the query took longer than 1 ms and was stopped'] })
    await new Promise((resolve) => served.server.close(resolve))
    instance.closeSync()
  } finally {
    await rm(folder, { recursive: true })
  }
})
