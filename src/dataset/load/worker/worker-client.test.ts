import { afterEach, expect, test, vi } from 'vitest'
import { runLoadWorker, WORKBOOK_LIMIT_MS } from './worker-client'

class FakeWorker {
  static last: FakeWorker | undefined
  onmessage: ((event: MessageEvent) => void) | null = null
  onerror: ((event: Event) => void) | null = null
  terminated = false
  constructor() {
    FakeWorker.last = this
  }
  postMessage() {}
  terminate() {
    this.terminated = true
  }
  say(data: unknown) {
    this.onmessage?.({ data } as MessageEvent)
  }
}

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

test('a workbook still being read past the limit stops the worker and says the file may be damaged', async () => {
  vi.useFakeTimers()
  vi.stubGlobal('Worker', FakeWorker)
  const answer = runLoadWorker({ sources: [], reportProgress: true })
  FakeWorker.last?.say({ type: 'progress', stage: 'workbook', fraction: 1 })
  vi.advanceTimersByTime(WORKBOOK_LIMIT_MS + 1)
  expect(await answer).toMatchObject({ type: 'failed', message: expect.stringMatching(/may be damaged/) })
  expect(FakeWorker.last?.terminated).toBe(true)
})

test('a workbook read within the limit answers as usual', async () => {
  vi.useFakeTimers()
  vi.stubGlobal('Worker', FakeWorker)
  const answer = runLoadWorker({ sources: [], reportProgress: true })
  FakeWorker.last?.say({ type: 'progress', stage: 'workbook', fraction: 1 })
  const failed = { type: 'failed', kind: 'invalid', message: 'no dates', issues: [] }
  FakeWorker.last?.say(failed)
  vi.advanceTimersByTime(WORKBOOK_LIMIT_MS + 1)
  expect(await answer).toEqual(failed)
})
