import { expect, test, vi } from 'vitest'
import { readLoadMessage, readLoadRequest } from './read-load-message'
import { runLoadWorker } from './worker-client'

const notes = { notes: [], leftOut: [] }

test.each([
  { type: 'progress', stage: 'checking', fraction: 0.5 },
  { type: 'downloaded', bytes: new ArrayBuffer(2) },
  { type: 'unchecked-events', json: '[]' },
  { type: 'done', dataset: 'same-as-source', dates: null, ...notes },
  { type: 'done', dataset: 'as-unchecked', dates: null, ...notes },
  {
    type: 'done',
    dataset: { json: '{}' },
    dates: { distinct: [], ofEvent: new Int32Array(), published: undefined },
    ...notes,
  },
  {
    type: 'failed',
    kind: 'invalid',
    message: 'No.',
    issues: [{ path: 'x', expected: 'y', found: 'z' }],
    refusal: { code: 'noEventsFile' },
  },
])('a message the worker sends is read as it is: %o', (message) => {
  expect(readLoadMessage(message)).toEqual({ ok: true, message })
})

test.each([
  [null, 'the load worker sent a message that is not as it should be'],
  [
    { type: 'progress', stage: 'dreaming', fraction: 0.5 },
    'the load worker sent a “progress” message that is not as it should be',
  ],
  [
    { type: 'done', dataset: { json: 3 }, dates: null, ...notes },
    'the load worker sent a “done” message that is not as it should be',
  ],
  [
    { type: 'done', dataset: 'same-as-source', dates: null, notes: 'one' },
    'the load worker sent a “done” message that is not as it should be',
  ],
  [
    { type: 'failed', kind: 'mapping', message: 'x', issues: [], refusal: { code: 'noEventsFile' } },
    'the load worker sent a “failed” message that is not as it should be',
  ],
  [
    // A failure says why as a code: a cause on the way, or a refusal.
    { type: 'failed', kind: 'invalid', message: 'x', issues: [] },
    'the load worker sent a “failed” message that is not as it should be',
  ],
  [
    { type: 'choose-columns', head: { file: 'a.csv' }, message: 'x', issues: [] },
    'the load worker sent a “choose-columns” message that is not as it should be',
  ],
  [
    {
      type: 'done',
      dataset: { json: '{}' },
      dates: { distinct: [], ofEvent: new Int32Array([4]) },
      ...notes,
    },
    'the load worker sent a “done” message that is not as it should be',
  ],
])('a malformed message is a reason in words: %o', (message, reason) => {
  expect(readLoadMessage(message)).toEqual({ ok: false, reason })
})

test('a malformed message ends the load with its reason, and stops the worker', async () => {
  const stopped: boolean[] = []
  class OddWorker {
    onmessage: ((event: MessageEvent) => void) | null = null
    onerror: ((event: Event) => void) | null = null
    postMessage() {
      setTimeout(() => this.onmessage?.({ data: { type: 'done', dataset: 42 } } as MessageEvent))
    }
    terminate() {
      stopped.push(true)
    }
  }
  vi.stubGlobal('Worker', OddWorker)
  try {
    expect(await runLoadWorker({ download: '/x.json' })).toEqual({
      type: 'crashed',
      message: 'the load worker sent a “done” message that is not as it should be',
    })
    expect(stopped).toEqual([true])
  } finally {
    vi.unstubAllGlobals()
  }
})

test('the worker reads what the page asks the same way', () => {
  expect(readLoadRequest({ warmUp: true })).toEqual({ warmUp: true })
  expect(readLoadRequest({ download: '/x.json', sendUnchecked: true })).toEqual({
    download: '/x.json',
    sendUnchecked: true,
  })
  const files = { sources: [{ name: 'a.csv', content: 'date,title' }], reportProgress: false }
  expect(readLoadRequest({ ...files, options: { choice: { roles: { date: 'date' } } } })).not.toBeNull()
  expect(readLoadRequest({ ...files, options: { choice: { roles: { date: 'when' } } } })).toBeNull()
  expect(readLoadRequest({ sources: [{ name: 3, content: '' }], reportProgress: false })).toBeNull()
  expect(readLoadRequest('download /etc/passwd')).toBeNull()
})
