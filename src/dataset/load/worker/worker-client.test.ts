import { afterEach, expect, test, vi } from 'vitest'
import { WARM_UP } from './protocol'
import { runLoadWorker, SPARE_IDLE_MS, WORKBOOK_LIMIT_MS, warmLoadWorker } from './worker-client'

class FakeWorker {
  static last: FakeWorker | undefined
  static started = 0
  onmessage: ((event: MessageEvent) => void) | null = null
  onerror: ((event: Event) => void) | null = null
  terminated = false
  sent: unknown[] = []
  constructor() {
    FakeWorker.last = this
    FakeWorker.started += 1
  }
  postMessage(message: unknown) {
    this.sent.push(message)
  }
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
  const failed = {
    type: 'failed',
    kind: 'invalid',
    message: 'no dates',
    issues: [],
    refusal: { code: 'noEventsFile' },
  }
  FakeWorker.last?.say(failed)
  vi.advanceTimersByTime(WORKBOOK_LIMIT_MS + 1)
  expect(await answer).toEqual(failed)
})

test('a worker warmed ahead of a file is the one the next load uses; the load after starts its own', async () => {
  vi.stubGlobal('Worker', FakeWorker)
  FakeWorker.started = 0
  warmLoadWorker()
  warmLoadWorker()
  const warmed = FakeWorker.last
  expect(FakeWorker.started).toBe(1)
  expect(warmed?.sent).toEqual([WARM_UP])
  const request = { sources: [], reportProgress: false }
  const answer = runLoadWorker(request)
  expect(FakeWorker.started).toBe(1)
  expect(warmed?.sent).toEqual([WARM_UP, request])
  const failed = {
    type: 'failed',
    kind: 'invalid',
    message: 'no dates',
    issues: [],
    refusal: { code: 'noEventsFile' },
  }
  warmed?.say(failed)
  expect(await answer).toEqual(failed)
  void runLoadWorker(request)
  expect(FakeWorker.started).toBe(2)
  expect(FakeWorker.last).not.toBe(warmed)
})

test('a warmed worker that fails to start is dropped: the next load starts its own', () => {
  vi.stubGlobal('Worker', FakeWorker)
  FakeWorker.started = 0
  warmLoadWorker()
  const broken = FakeWorker.last
  broken?.onerror?.(new Event('error'))
  expect(broken?.terminated).toBe(true)
  void runLoadWorker({ sources: [], reportProgress: false })
  expect(FakeWorker.started).toBe(2)
  expect(FakeWorker.last).not.toBe(broken)
})

test('a warmed worker nobody takes is stopped after a while; the next sign warms another', () => {
  vi.useFakeTimers()
  vi.stubGlobal('Worker', FakeWorker)
  FakeWorker.started = 0
  warmLoadWorker()
  const idle = FakeWorker.last
  vi.advanceTimersByTime(SPARE_IDLE_MS + 1)
  expect(idle?.terminated).toBe(true)
  warmLoadWorker()
  expect(FakeWorker.started).toBe(2)
  const fresh = FakeWorker.last
  void runLoadWorker({ sources: [], reportProgress: false })
  // Taken: not stopped by its timer any more.
  vi.advanceTimersByTime(SPARE_IDLE_MS + 1)
  expect(fresh?.terminated).toBe(false)
  expect(FakeWorker.started).toBe(2)
})
