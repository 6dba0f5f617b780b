import { readFileSync } from 'node:fs'
import { afterEach, expect, test, vi } from 'vitest'
import { noteText } from '../../testing/note-text'
import { storyOf } from './load-outcome'
import { openFiles, outcomeOfAnswer } from './open-files'
import type { LoadSource } from './worker/protocol'

/** The story files open as, or the error their outcome throws. */
const loadStory = async (sources: LoadSource[]) => storyOf(await openFiles(sources))

import { answerLoadRequest } from './worker/answer-load-request'
import type { LoadRequest } from './worker/protocol'

const BUILTIN = readFileSync('public/data/kim-putin-letters.json', 'utf8')
const CSV = readFileSync('public/data/sample-events.csv', 'utf8')

// The load worker's own code, run in this thread (jsdom has no Worker), counting what it is asked.
const asked: LoadRequest[] = []
class LoopbackWorker {
  onmessage: ((event: MessageEvent) => void) | null = null
  onerror: ((event: Event) => void) | null = null
  postMessage(request: LoadRequest) {
    asked.push(request)
    void answerLoadRequest(request, (message) => {
      setTimeout(() => this.onmessage?.({ data: message } as MessageEvent))
    })
  }
  terminate() {}
}

afterEach(() => {
  vi.unstubAllGlobals()
  asked.length = 0
})

test('a small valid JSON dataset is checked on the page, by the fast path, without a worker', async () => {
  vi.stubGlobal('Worker', LoopbackWorker)
  const story = await loadStory([{ name: 'story.json', content: new Blob([BUILTIN]) }])
  expect(story.events).toHaveLength(16)
  expect(asked).toEqual([])
})

test('a small CSV, or a file the fast path is not sure of, is read in the worker, not on the page', async () => {
  vi.stubGlobal('Worker', LoopbackWorker)
  const story = await loadStory([{ name: 'events.csv', content: new Blob([CSV]) }])
  expect(story.events).toHaveLength(16)
  const invalid = loadStory([{ name: 'broken.json', content: '{"format": "story-timeline/1"}' }])
  await expect(invalid).rejects.toMatchObject({
    kind: 'invalid',
    problem: { code: 'refused', refusal: { code: 'invalidDataset', file: 'broken.json' } },
  })
  expect(asked.map((request) => ('sources' in request ? request.sources.map((s) => s.name) : []))).toEqual([
    ['events.csv'],
    ['broken.json'],
  ])
})

test('a refusal crosses from the worker as a code, checked where it arrives; a sheet to map, linked, is refused with it', async () => {
  vi.stubGlobal('Worker', LoopbackWorker)
  const outcome = await openFiles([{ name: 'odd.csv', content: 'alpha,beta\nx,y\n' }])
  expect(outcome).toMatchObject({
    kind: 'choose-columns',
    refusal: { code: 'chooseColumns', what: { code: 'sheet', file: 'odd.csv' } },
  })
  expect(() => storyOf(outcome)).toThrow(
    expect.objectContaining({ kind: 'invalid', problem: expect.objectContaining({ code: 'refused' }) }),
  )
  const bad = await outcomeOfAnswer(
    { type: 'failed', kind: 'invalid', message: 'x', issues: [], refusal: { code: 'nonsense' } },
    async () => {
      throw new Error('not asked')
    },
  )
  expect(bad).toMatchObject({
    kind: 'failed',
    error: {
      problem: { code: 'unreadable', detail: 'the load worker sent a refusal that is not as it should be' },
    },
  })
})

test('rows left out cross from the worker with their codes, checked where the outcome is made', async () => {
  vi.stubGlobal('Worker', LoopbackWorker)
  const text =
    '{"date": "2021-01-01", "title": "One"}\nnot JSON\n["a list"]\n{"date": "2021-01-03", "title": "Three"}\n'
  const outcome = await openFiles([{ name: 'x.jsonl', content: text }])
  if (outcome.kind !== 'story') throw new Error('a story')
  expect(outcome.story.leftOut).toMatchObject([
    { at: { kind: 'row', number: 2 }, problem: { found: { code: 'brokenJson' } } },
    { at: { kind: 'row', number: 3 }, problem: { found: { code: 'aList' } } },
  ])
  // A place not as its code says (no such kind) is no issue: the answer is refused, not shown.
  const bad = await outcomeOfAnswer(
    {
      type: 'failed',
      kind: 'invalid',
      message: 'x',
      issues: [
        { path: 'row 2', expected: 'a message', found: 'an empty cell', at: { kind: 'cell', number: 2 } },
      ],
      problem: { code: 'notADataset' },
    },
    async () => {
      throw new Error('not asked')
    },
  )
  expect(bad).toMatchObject({
    kind: 'failed',
    error: {
      problem: { code: 'unreadable', detail: 'the load worker sent a problem that is not as it should be' },
    },
  })
})

test('a field written twice in one object is said, with where, on the page and in the worker alike', async () => {
  vi.stubGlobal('Worker', LoopbackWorker)
  const twice = BUILTIN.replace(
    '"title": "Kim and Putin pledge closer ties"',
    '"title": "First", "title": "Kim and Putin pledge closer ties"',
  )
  expect(twice).not.toBe(BUILTIN)
  const small = await loadStory([{ name: 'twice.json', content: twice }])
  expect(small.dataset.title).toBe('Kim and Putin pledge closer ties')
  expect(small.notes).toEqual([{ code: 'jsonKeysTwice', file: 'twice.json', places: ['title'], more: false }])
  expect(small.notes.map(noteText)).toEqual([
    'twice.json writes a field twice in one object (title): the last of each was kept.',
  ])
  // Large enough for the worker.
  const padded = twice.padEnd(600_000, ' ')
  const large = await loadStory([{ name: 'large.json', content: padded }])
  expect(asked).toHaveLength(1)
  expect(large.notes.map(noteText)).toEqual([
    'large.json writes a field twice in one object (title): the last of each was kept.',
  ])
  expect((await loadStory([{ name: 'once.json', content: BUILTIN }])).notes).toEqual([])
})

test('a sheet is indexed while the worker validates it; a row validation leaves out is left out of the story', async () => {
  vi.stubGlobal('Worker', LoopbackWorker)
  const good = await loadStory([{ name: 'events.csv', content: new Blob([CSV]) }])
  expect(asked[0]).toMatchObject({ sendUnchecked: true })
  expect(good.events).toHaveLength(16)
  const [header, first, ...rest] = CSV.trimEnd().split('\n')
  // A title longer than a summary may be: the reader keeps it whole in the summary, which validation
  // finds too long and leaves the row out.
  const cells = (first ?? '').split(',')
  cells[2] = 'A title far too long '.repeat(1000)
  const withBadRow = [header, cells.join(','), ...rest].join('\n')
  const story = await loadStory([{ name: 'events.csv', content: new Blob([withBadRow]) }])
  expect(story.events).toHaveLength(15)
  expect(story.leftOut).toEqual([
    expect.objectContaining({
      path: 'row 2, column "summary"',
      expected: 'a text of at most 20,000 characters',
    }),
  ])
})

test('a CSV saved by Excel on Windows (Windows-1252, not UTF-8) opens with its letters, and says how it was read', async () => {
  vi.stubGlobal('Worker', LoopbackWorker)
  // "Réunion à Genève" in Windows-1252: é E9, à E0, è E8.
  const latin = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0))
  const csv = latin('date,title,countries\n2023-08-15,R\u00e9union \u00e0 Gen\u00e8ve,Switzerland\n')
  // Read on the page, then sent to the worker as text: how it was read goes with it (a large file is
  // read in the worker itself: e2e, as jsdom's files cannot be streamed).
  const story = await loadStory([{ name: 'export.csv', content: new Blob([csv]) }])
  expect(story.events.map((event) => event.title)).toEqual(['Réunion à Genève'])
  expect(noteText(story.notes[0])).toMatch(/^export\.csv is not UTF-8 text: it was read as Windows-1252/)
})
