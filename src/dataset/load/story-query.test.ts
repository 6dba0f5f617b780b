import { readFileSync } from 'node:fs'
import { QueryClient } from '@tanstack/react-query'
import { afterEach, expect, test, vi } from 'vitest'
import { indexStory, type Story } from '../story-index'
import { DatasetLoadError } from './dataset-load-error'
import { startEarlyLoad, takeEarlyLoad } from './early-load'
import { storyOf } from './load-outcome'
import { indexBeforeCheck, outcomeOfAnswer } from './open-files'
import { finishEarlyLoad, openLink } from './open-link'
import { seedEarlyStory, storyQueryOptions } from './story-query'
import { answerLoadRequest } from './worker/answer-load-request'
import type { LoadRequest } from './worker/protocol'

const BUILTIN = readFileSync('public/data/kim-putin-letters.json', 'utf8')

// The load worker run in this thread (jsdom has no Worker): what the page posts is answered by the
// worker's own code, and its messages come back as a worker's would, each in a task of its own.
class LoopbackWorker {
  onmessage: ((event: MessageEvent) => void) | null = null
  onerror: ((event: Event) => void) | null = null
  postMessage(request: LoadRequest) {
    void answerLoadRequest(request, (message) => {
      setTimeout(() => this.onmessage?.({ data: message } as MessageEvent))
    })
  }
  terminate() {}
}

function serve(files: Record<string, string>) {
  vi.stubGlobal('Worker', LoopbackWorker)
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) =>
      url in files ? new Response(files[url]) : new Response('gone', { status: 404 }),
    ),
  )
}

const linkTo = (url: string) => new URL(`https://example.org/?data=${url}`) as unknown as Location

/** The story of a link whose load the page's first script started, as the app's query finishes it. */
async function loadLinkedStory(url: string): Promise<Story> {
  const early = takeEarlyLoad()
  if (!early || early.url !== url) throw new Error(`no early load of ${url}`)
  return storyOf(await finishEarlyLoad(url, early.load))
}
const storyFromWorkerAnswer = async (...args: Parameters<typeof outcomeOfAnswer>) =>
  storyOf(await outcomeOfAnswer(...args))
const ids = (story: Story) => story.events.map((event) => event.id)

// A linked dataset, loaded by the worker while the page indexes its own parse.
afterEach(() => vi.unstubAllGlobals())

test('opens a valid dataset as the story its JSON makes', async () => {
  serve({ '/story.json': BUILTIN })
  startEarlyLoad(linkTo('/story.json'), '/data/builtin.json')
  const story = await loadLinkedStory('/story.json')
  expect(ids(story)).toEqual(ids(indexStory(JSON.parse(BUILTIN))))
  expect(story.dataset.title).toBe(JSON.parse(BUILTIN).title)
})

test('opens what the worker made of a dataset whose texts needed trimming, not the page’s parse', async () => {
  const untrimmed = JSON.parse(BUILTIN)
  untrimmed.title = `  ${untrimmed.title}  `
  untrimmed.events[0].title = ` ${untrimmed.events[0].title}`
  serve({ '/story.json': JSON.stringify(untrimmed) })
  startEarlyLoad(linkTo('/story.json'), '/data/builtin.json')
  const story = await loadLinkedStory('/story.json')
  expect(story.dataset.title).toBe(untrimmed.title.trim())
  expect(story.events.map((event) => event.title)).not.toContain(untrimmed.events[0].title)
})

test('refuses an invalid dataset with every problem by place, though the page could index it', async () => {
  const invalid = JSON.parse(BUILTIN)
  invalid.events[1].actors = ['nobody-at-all']
  serve({ '/story.json': JSON.stringify(invalid) })
  // The page's own index of it does not fail: only the worker's check can say no.
  expect(() => indexBeforeCheck(invalid)).not.toThrow()
  startEarlyLoad(linkTo('/story.json'), '/data/builtin.json')
  const error = await loadLinkedStory('/story.json').catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(DatasetLoadError)
  expect((error as DatasetLoadError).issues.map((issue) => issue.path)).toEqual(['events[1].actors[0]'])
})

test('opens an events CSV, which the page cannot parse as JSON', async () => {
  serve({
    '/events.csv': 'date,title,summary,actors\n2023-08-15,Kim writes to Putin,He pledges ties.,North Korea\n',
  })
  startEarlyLoad(linkTo('/events.csv'), '/data/builtin.json')
  const story = await loadLinkedStory('/events.csv')
  expect(story.events.map((event) => event.title)).toEqual(['Kim writes to Putin'])
})

// The story from the worker’s answer.
const own = indexStory(JSON.parse(BUILTIN))

test('is the page’s own index when the worker found the dataset in the JSON as it is', async () => {
  const story = await storyFromWorkerAnswer(
    {
      type: 'done',
      dataset: 'same-as-source',
      dates: null,
      notes: [{ code: 'twoDigitYears', count: 2 }],
      leftOut: [],
    },
    async () => own,
  )
  expect(story).toBe(own)
  expect(story.notes).toEqual([{ code: 'twoDigitYears', count: 2 }])
})

test('a note the worker sends that is no note fails the load, saying so, rather than reaching the page', async () => {
  const outcome = await outcomeOfAnswer(
    { type: 'done', dataset: 'same-as-source', dates: null, notes: [{ code: 'twoDigitYears' }], leftOut: [] },
    async () => indexStory(JSON.parse(BUILTIN)),
  )
  expect(outcome.kind).toBe('failed')
  expect(outcome.kind === 'failed' && outcome.error.message).toMatch(
    /sent a note that is not as it should be/,
  )
})

test('is indexed from the worker’s dataset when the worker changed it', async () => {
  const changed = { ...JSON.parse(BUILTIN), title: 'Trimmed' }
  const story = await storyFromWorkerAnswer(
    {
      type: 'done',
      dataset: { json: JSON.stringify(changed) },
      dates: { distinct: [], ofEvent: new Int32Array(), published: undefined },
      notes: [],
      leftOut: [],
    },
    async () => own,
  )
  expect(story.dataset.title).toBe('Trimmed')
  expect(ids(story)).toEqual(ids(own))
})

test('is an error listing the problems when the worker refused it', async () => {
  const answer = {
    type: 'failed' as const,
    kind: 'invalid' as const,
    message: 'story.json is not a valid Story Timeline dataset: 1 problem.',
    refusal: { code: 'invalidDataset', file: 'story.json', problems: 1 },
    issues: [{ path: 'events[0].date', expected: 'an EDTF date', found: '"soon"' }],
  }
  await expect(storyFromWorkerAnswer(answer, async () => own)).rejects.toMatchObject({
    kind: 'invalid',
    issues: answer.issues,
  })
})

// The page’s index before the check.
test.each([
  ['a number', 42],
  ['a list', []],
  ['null', null],
  ['an object without events', { source: {}, actors: [], quotes: [] }],
  ['events that are not a list', { source: {}, actors: [], events: { length: 1e12 }, quotes: [] }],
])('is not made of %s', (_, json) => {
  expect(() => indexBeforeCheck(json)).toThrow(DatasetLoadError)
})

test('a link opened without an early load is downloaded and read by the same door', async () => {
  serve({ '/story.json': BUILTIN })
  const outcome = await openLink('/story.json')
  expect(outcome.kind).toBe('story')
  if (outcome.kind === 'story') expect(ids(outcome.story)).toEqual(ids(indexStory(JSON.parse(BUILTIN))))
  expect(await openLink('/gone.json')).toMatchObject({ kind: 'failed', error: { kind: 'http' } })
})

test('the early load is the query’s first fetch, in react-query’s cache: the app’s query finds it, not a second download', async () => {
  serve({ '/story.json': BUILTIN })
  startEarlyLoad(linkTo('/story.json'), '/data/builtin.json')
  const client = new QueryClient()
  seedEarlyStory(client)
  expect(client.getQueryState(storyQueryOptions('/story.json').queryKey)?.fetchStatus).toBe('fetching')
  const story = await client.fetchQuery(storyQueryOptions('/story.json'))
  expect(story.dataset.title).toBe(JSON.parse(BUILTIN).title)
  expect(vi.mocked(fetch).mock.calls.map(([url]) => url)).toEqual(['/story.json'])
  // Taken once: another client finds nothing to seed.
  const other = new QueryClient()
  seedEarlyStory(other)
  expect(other.getQueryState(storyQueryOptions('/story.json').queryKey)).toBeUndefined()
})
