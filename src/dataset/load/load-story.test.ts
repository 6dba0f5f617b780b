import { readFileSync } from 'node:fs'
import { afterEach, expect, test, vi } from 'vitest'
import { loadStory } from './load-story'
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
  await expect(invalid).rejects.toMatchObject({ kind: 'invalid' })
  expect(asked.map((request) => ('sources' in request ? request.sources.map((s) => s.name) : []))).toEqual([
    ['events.csv'],
    ['broken.json'],
  ])
})
