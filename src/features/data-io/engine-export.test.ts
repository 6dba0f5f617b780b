import Papa from 'papaparse'
import { expect, test } from 'vitest'
import { csvPage } from '../../dataset/files/event-rows-export'
import type { Answerer, AnswerOf } from '../../dataset/query/answers'
import { parseQuery } from '../../dataset/query/parse-query'
import type { QueryDescription } from '../../dataset/query/query-description'
import { QUERY_LIMITS } from '../../dataset/query/query-limits'
import { validateDataset } from '../../dataset/validate/validate-dataset'
import { NOTHING_CHOSEN } from '../../state/facets/facet-table'
import type { AnswerSource } from '../../state/query/answer-source'
import { memoryAnswerer } from '../../state/query/memory-answerer'
import { syntheticQueryStory } from '../../testing/query-stories'
import { type ExportFormat, exportMatchingEvents, MOST_EXPORTED, TooManyToExport } from './engine-export'

// The engine-held export: every matching event, page by page (each request checked as the service
// checks one), written into a file whose rows are the answer's total, readable back.

const story = syntheticQueryStory(QUERY_LIMITS.events + 700)

function engineOver(answer: Answerer['answer'], asked: number[] = []): AnswerSource {
  const answerer: Answerer = {
    answer<Query extends QueryDescription>(query: Query): Promise<AnswerOf<Query['kind']>> {
      const parsed = parseQuery(JSON.parse(JSON.stringify(query)))
      if (!parsed.ok) throw new Error(parsed.problems.join('; '))
      if (query.kind === 'events') asked.push(query.offset)
      return answer(query)
    },
  }
  return { kind: 'engine', identity: 'export', answerer }
}

const memory = memoryAnswerer(story)
const all = { chosen: NOTHING_CHOSEN, search: '' }

async function exported(format: ExportFormat, source: AnswerSource, filters = all, signal?: AbortSignal) {
  const progress: number[] = []
  const file = await exportMatchingEvents({
    source,
    filters,
    format,
    title: 'A story',
    sourceTitle: 'Its source',
    signal: signal ?? new AbortController().signal,
    onProgress: ({ written }) => progress.push(written),
  })
  return { file, text: await new Blob(file.parts).text(), progress }
}

test('CSV: every matching event, a page at a time, the header once, in time order', async () => {
  const asked: number[] = []
  const { file, text, progress } = await exported('csv', engineOver(memory.answer, asked))
  // Pages of 5,000, the next asked while one is written.
  expect(asked).toEqual([0, 5_000, 10_000])
  expect(progress).toEqual([5_000, 10_000, story.events.length])
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true })
  expect(parsed.errors).toEqual([])
  expect(file.count).toBe(story.events.length)
  expect(parsed.data.map((row) => row.id)).toEqual(story.events.map((event) => event.id))
  const first = story.events[0]
  expect(parsed.data[0]).toMatchObject({ id: first?.id, date: first?.date, title: first?.title })
})

test('CSV: a cell a spreadsheet would run is written as text', () => {
  const text = csvPage([{ id: 'a', start: 0, end: 1, title: '=HYPERLINK("http://x")\nmore' }], true)
  expect(text).toContain(`"'=HYPERLINK(""http://x"")\nmore"`)
})

test('JSON: a valid dataset of the matching events only', async () => {
  const country = story.events[0]?.countries[0] ?? ''
  const some = { chosen: { ...NOTHING_CHOSEN, country: [country] }, search: '' }
  const { file, text } = await exported('json', engineOver(memory.answer), some)
  const result = validateDataset(JSON.parse(text))
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)))
  const expected = story.events.filter((event) => event.countries.includes(country)).map((event) => event.id)
  expect(expected.length).toBeGreaterThan(0)
  expect(result.dataset.events.map((event) => event.id)).toEqual(expected)
  expect(file.count).toBe(expected.length)
  expect(result.dataset.title).toBe('A story')
})

test('Cancel stops it between pages', async () => {
  const controller = new AbortController()
  const asked: number[] = []
  const source = engineOver(async (query) => {
    const answer = await memory.answer(query)
    controller.abort()
    return answer
  }, asked)
  await expect(exported('csv', source, all, controller.signal)).rejects.toThrow()
  expect(asked).toEqual([0])
})

test('past the most a tab exports, it stops at the first answer and says how many match', async () => {
  const source = engineOver(async (query) => {
    const answer = await memory.answer(query)
    return query.kind === 'events' ? { ...answer, total: MOST_EXPORTED + 1 } : answer
  })
  await expect(exported('csv', source)).rejects.toEqual(new TooManyToExport(MOST_EXPORTED + 1))
})

test('no event matching: a CSV of its header, a dataset of no event', async () => {
  const none = { chosen: NOTHING_CHOSEN, search: 'no such words anywhere zzqx' }
  const csv = await exported('csv', engineOver(memory.answer), none)
  expect(csv.text).toBe('id,date,title,status,actors,countries,categories,latitude,longitude\n')
  const json = await exported('json', engineOver(memory.answer), none)
  const result = validateDataset(JSON.parse(json.text))
  expect(result.ok && result.dataset.events).toEqual([])
})
