import { afterEach, describe, expect, it, vi } from 'vitest'
import { startEarlyLoad, takeEarlyLoad } from './early-load'
import { type LoadOutcome, type LoadRequest, SAME_AS_SOURCE } from './load-messages'

const at = (href: string) => new URL(href) as unknown as Location

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

const failed: LoadOutcome = { type: 'failed', kind: 'http', message: 'Could not load', issues: [] }

describe('the early dataset load', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    RecordingWorker.started = []
  })

  it('downloads the built-in dataset for the page to check, and hands it over once', async () => {
    vi.stubGlobal('Worker', RecordingWorker)
    const fetch = vi.fn(async (url: string) => new Response(`body of ${url}`))
    vi.stubGlobal('fetch', fetch)
    startEarlyLoad(at('https://example.org/?event=e1'), '/data/builtin.json')
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/data/builtin.json'])
    expect(RecordingWorker.started).toEqual([])
    const early = takeEarlyLoad('/data/builtin.json')
    expect(early?.by).toBe('page')
    if (early?.by === 'page') expect(await (await early.response).text()).toBe('body of /data/builtin.json')
    expect(takeEarlyLoad('/data/builtin.json')).toBeUndefined()
  })

  it('downloads a ?data= link for the worker, and hands the worker’s answer over once', async () => {
    vi.stubGlobal('Worker', RecordingWorker)
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => new Response(`body of ${url}`)),
    )
    startEarlyLoad(at('https://example.org/?data=/mine.json&event=e1'), '/data/builtin.json')
    const [worker] = RecordingWorker.started
    await vi.waitFor(() => expect(worker?.posted).toHaveLength(1))
    const sent = worker?.posted[0] as LoadRequest
    expect(sent.sources.map((source) => source.name)).toEqual(['/mine.json'])
    const content = sent.sources[0]?.content as Blob
    expect(await content.text()).toBe('body of /mine.json')
    worker?.answer({ type: 'progress', stage: 'checking', fraction: 1 })
    worker?.answer(failed)
    const early = takeEarlyLoad('/mine.json')
    expect(early?.by).toBe('worker')
    if (early?.by === 'worker') expect(await early.outcome).toEqual(failed)
    expect(worker?.terminated).toBe(true)
    expect(takeEarlyLoad('/mine.json')).toBeUndefined()
    expect(takeEarlyLoad('/other.json')).toBeUndefined()
  })

  it('uses its own parse of the download when the worker finds the dataset in it as it is', async () => {
    vi.stubGlobal('Worker', RecordingWorker)
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"title": "as downloaded"}')),
    )
    startEarlyLoad(at('https://example.org/?data=/same.json'), '/data/builtin.json')
    const [worker] = RecordingWorker.started
    await vi.waitFor(() => expect(worker?.posted).toHaveLength(1))
    worker?.answer({ type: 'done', dataset: SAME_AS_SOURCE, dates: [] })
    const early = takeEarlyLoad('/same.json')
    expect(early?.by === 'worker' && (await early.outcome)).toEqual({
      type: 'done',
      dataset: { title: 'as downloaded' },
      dates: [],
    })
  })

  it('says why when the server refuses a linked dataset, as the page would', async () => {
    vi.stubGlobal('Worker', RecordingWorker)
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('missing', { status: 404 })),
    )
    startEarlyLoad(at('https://example.org/?data=/gone.json'), '/data/builtin.json')
    const early = takeEarlyLoad('/gone.json')
    expect(early?.by === 'worker' && (await early.outcome)).toEqual({
      type: 'failed',
      kind: 'http',
      message: 'Could not load /gone.json: the server answered 404.',
      issues: [],
    })
    expect(RecordingWorker.started[0]?.terminated).toBe(true)
  })

  it('gives null when the worker cannot start, so the page loads the dataset itself', async () => {
    vi.stubGlobal('Worker', RecordingWorker)
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}')),
    )
    startEarlyLoad(at('https://example.org/?data=/mine.json'), '/data/builtin.json')
    RecordingWorker.started[0]?.onerror?.(new Event('error'))
    const early = takeEarlyLoad('/mine.json')
    expect(early?.by === 'worker' && (await early.outcome)).toBeNull()
  })

  it('starts nothing for a link the page refuses to open', () => {
    vi.stubGlobal('Worker', RecordingWorker)
    const fetch = vi.fn(async () => new Response('{}'))
    vi.stubGlobal('fetch', fetch)
    startEarlyLoad(at('https://example.org/?data=https://elsewhere.net/x.json'), '/data/builtin.json')
    startEarlyLoad(at('https://example.org/?data=javascript:alert(1)'), '/data/builtin.json')
    expect(RecordingWorker.started).toEqual([])
    expect(fetch).not.toHaveBeenCalled()
    expect(takeEarlyLoad('https://elsewhere.net/x.json')).toBeUndefined()
  })
})
