import { afterEach, expect, test, vi } from 'vitest'
import { startEarlyLoad, takeEarlyLoad } from './early-load'
import { type LoadFailure, type LoadRequest, SAME_AS_SOURCE } from './worker/protocol'

const at = (href: string) => new URL(href) as unknown as Location

/** The early load, taken once, checked to be the one of `url`. */
function take(url: string) {
  const early = takeEarlyLoad()
  expect(early?.url).toBe(url)
  return early?.load
}

// Stands in for the browser's Worker (jsdom has none): records what the page asks of it, and lets a
// test answer as the load worker would.
class RecordingWorker {
  static started: RecordingWorker[] = []
  onmessage: ((event: MessageEvent) => void) | null = null
  onerror: ((event: Event) => void) | null = null
  posted: unknown[] = []
  terminated = false
  constructor() {
    RecordingWorker.started.push(this)
  }
  postMessage(message: unknown) {
    this.posted.push(message)
  }
  terminate() {
    this.terminated = true
  }
  answer(data: unknown) {
    this.onmessage?.({ data } as MessageEvent)
  }
}

const failed: LoadFailure = {
  type: 'failed',
  kind: 'http',
  message: 'Could not load /data/gone.json: the server answered 404.',
  issues: [],
  problem: { code: 'serverRefused', url: '/data/gone.json', status: 404 },
}

// The early dataset load.
afterEach(() => {
  vi.unstubAllGlobals()
  RecordingWorker.started = []
})

test('downloads the built-in dataset for the page to check, and hands it over once', async () => {
  vi.stubGlobal('Worker', RecordingWorker)
  const fetch = vi.fn(async (url: string) => new Response(`body of ${url}`))
  vi.stubGlobal('fetch', fetch)
  startEarlyLoad(at('https://example.org/?event=e1'), '/data/builtin.json')
  expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/data/builtin.json'])
  expect(RecordingWorker.started).toEqual([])
  const early = take('/data/builtin.json')
  expect(early?.by).toBe('page')
  if (early?.by === 'page') expect(await (await early.response).text()).toBe('body of /data/builtin.json')
  expect(takeEarlyLoad()).toBeNull()
})

test('has the worker download a ?data= link, and hands the worker’s answer over once', async () => {
  vi.stubGlobal('Worker', RecordingWorker)
  const fetch = vi.fn(async (url: string) => new Response(`body of ${url}`))
  vi.stubGlobal('fetch', fetch)
  startEarlyLoad(at('https://example.org/?data=/mine.json&event=e1'), '/data/builtin.json')
  const [worker] = RecordingWorker.started
  expect(worker?.posted).toEqual([{ download: '/mine.json', sendUnchecked: true } satisfies LoadRequest])
  // The page does not download it too.
  expect(fetch).not.toHaveBeenCalled()
  worker?.answer({ type: 'progress', stage: 'checking', fraction: 1 })
  worker?.answer(failed)
  const early = take('/mine.json')
  expect(early?.by).toBe('worker')
  if (early?.by === 'worker') expect(await early.answer).toEqual(failed)
  expect(worker?.terminated).toBe(true)
  expect(takeEarlyLoad()).toBeNull()
  expect(takeEarlyLoad()).toBeNull()
})

test('parses the bytes the worker downloaded as they arrive, before the worker has answered', async () => {
  vi.stubGlobal('Worker', RecordingWorker)
  startEarlyLoad(at('https://example.org/?data=/same.json'), '/data/builtin.json')
  const [worker] = RecordingWorker.started
  const early = take('/same.json')
  if (early?.by !== 'worker') throw new Error('expected the worker to load it')
  const bytes = new TextEncoder().encode('{"title": "as downloaded, “quoted”"}').buffer
  worker?.answer({ type: 'downloaded', bytes })
  expect(await early.parsed).toEqual({ title: 'as downloaded, “quoted”' })
  worker?.answer({ type: 'done', dataset: SAME_AS_SOURCE, dates: null, notes: [], leftOut: [] })
  expect(await early.answer).toEqual({
    type: 'done',
    dataset: SAME_AS_SOURCE,
    dates: null,
    notes: [],
    leftOut: [],
  })
})

test('says the bytes never came when the worker answers without them, rather than waiting for ever', async () => {
  vi.stubGlobal('Worker', RecordingWorker)
  startEarlyLoad(at('https://example.org/?data=/gone.json'), '/data/builtin.json')
  const early = take('/gone.json')
  if (early?.by !== 'worker') throw new Error('expected the worker to load it')
  RecordingWorker.started[0]?.answer(failed)
  await expect(early.parsed).rejects.toThrow('no bytes')
  expect(await early.answer).toEqual(failed)
})

test('rejects the page’s parse of bytes that are not JSON, and still gives the worker’s answer', async () => {
  vi.stubGlobal('Worker', RecordingWorker)
  startEarlyLoad(at('https://example.org/?data=/events.csv'), '/data/builtin.json')
  const [worker] = RecordingWorker.started
  const early = take('/events.csv')
  if (early?.by !== 'worker') throw new Error('expected the worker to load it')
  worker?.answer({ type: 'downloaded', bytes: new TextEncoder().encode('date,title\n2023,x').buffer })
  await expect(early.parsed).rejects.toThrow(SyntaxError)
  const fromCsv = { json: JSON.stringify({ title: 'from the CSV' }) }
  worker?.answer({
    type: 'done',
    dataset: fromCsv,
    dates: { distinct: [], ofEvent: new Int32Array(), published: undefined },
    notes: [],
    leftOut: [],
  })
  expect(await early.answer).toMatchObject({ type: 'done', dataset: fromCsv })
})

test('gives null when the worker cannot start, so the page loads the dataset itself', async () => {
  vi.stubGlobal('Worker', RecordingWorker)
  startEarlyLoad(at('https://example.org/?data=/mine.json'), '/data/builtin.json')
  RecordingWorker.started[0]?.onerror?.(new Event('error'))
  const early = take('/mine.json')
  expect(early?.by === 'worker' && (await early.answer)).toBeNull()
  if (early?.by === 'worker') await expect(early.parsed).rejects.toThrow('no bytes')
})

test('gives null when the browser refuses to make the worker at all', async () => {
  vi.stubGlobal(
    'Worker',
    class {
      constructor() {
        throw new Error('SecurityError')
      }
    },
  )
  startEarlyLoad(at('https://example.org/?data=/mine.json'), '/data/builtin.json')
  const early = take('/mine.json')
  expect(early?.by === 'worker' && (await early.answer)).toBeNull()
})

test('starts nothing for a link the page refuses to open', () => {
  vi.stubGlobal('Worker', RecordingWorker)
  const fetch = vi.fn(async () => new Response('{}'))
  vi.stubGlobal('fetch', fetch)
  startEarlyLoad(at('https://example.org/?data=https://elsewhere.net/x.json'), '/data/builtin.json')
  startEarlyLoad(at('https://example.org/?data=javascript:alert(1)'), '/data/builtin.json')
  expect(RecordingWorker.started).toEqual([])
  expect(fetch).not.toHaveBeenCalled()
  expect(takeEarlyLoad()).toBeNull()
})

test('a large download is parsed on the page only once the worker has found it to be the dataset', async () => {
  vi.stubGlobal('Worker', RecordingWorker)
  const big = () => {
    const text = `{"title": "large"}${' '.repeat(65 * 1024 * 1024)}`
    return new TextEncoder().encode(text).buffer
  }
  startEarlyLoad(at('https://example.org/?data=/refused.json'), '/data/builtin.json')
  const refused = take('/refused.json')
  if (refused?.by !== 'worker') throw new Error('expected the worker to load it')
  RecordingWorker.started[0]?.answer({ type: 'downloaded', bytes: big() })
  RecordingWorker.started[0]?.answer(failed)
  // Refused: never parsed at all.
  await expect(refused.parsed).rejects.toThrow('no bytes')

  startEarlyLoad(at('https://example.org/?data=/kept.json'), '/data/builtin.json')
  const kept = take('/kept.json')
  if (kept?.by !== 'worker') throw new Error('expected the worker to load it')
  RecordingWorker.started[1]?.answer({ type: 'downloaded', bytes: big() })
  RecordingWorker.started[1]?.answer({
    type: 'done',
    dataset: SAME_AS_SOURCE,
    dates: null,
    notes: [],
    leftOut: [],
  })
  expect(await kept.parsed).toEqual({ title: 'large' })
})

test('a linked sheet sent before its validation is kept for the page, then passed on as it comes', () => {
  vi.stubGlobal('Worker', RecordingWorker)
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('date,title\n')),
  )
  startEarlyLoad(at('https://example.org/?data=/events.csv'), '/data/builtin.json')
  const [worker] = RecordingWorker.started
  const first = { type: 'unchecked-events', json: '[]' } as const
  const last = {
    type: 'unchecked',
    rest: { json: '{}' },
    dates: { distinct: [], ofEvent: new Int32Array(0), published: undefined },
  } as const
  worker?.answer(first)
  const early = take('/events.csv')
  if (early?.by !== 'worker') throw new Error('expected the worker’s load')
  const taken: unknown[] = []
  early.takeUnchecked((part) => taken.push(part))
  expect(taken).toEqual([first])
  worker?.answer(last)
  expect(taken).toEqual([first, last])
})

test('an engine’s story (?engine= with no dataset) is not the page’s to load: nothing is fetched', () => {
  vi.stubGlobal('Worker', RecordingWorker)
  const fetch = vi.fn(async (url: string) => new Response(`body of ${url}`))
  vi.stubGlobal('fetch', fetch)
  startEarlyLoad(at('http://127.0.0.1:8787/?engine=/query'), '/data/builtin.json')
  expect(fetch).not.toHaveBeenCalled()
  expect(RecordingWorker.started).toEqual([])
  expect(takeEarlyLoad()).toBeNull()
})
