import { afterEach, describe, expect, it, vi } from 'vitest'
import { startEarlyFetch, takeEarlyFetch } from './early-fetch'

const at = (href: string) => new URL(href) as unknown as Location

describe('the early dataset download', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('starts the built-in dataset, or the one a ?data= link names, and hands it over once', async () => {
    const fetch = vi.fn(async (url: string) => new Response(url))
    vi.stubGlobal('fetch', fetch)
    startEarlyFetch(at('https://example.org/?data=/mine.json&event=e1'), '/data/builtin.json')
    startEarlyFetch(at('https://example.org/'), '/data/builtin.json')
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/mine.json', '/data/builtin.json'])
    expect(await (await takeEarlyFetch('/mine.json'))?.text()).toBe('/mine.json')
    expect(takeEarlyFetch('/mine.json')).toBeUndefined()
    expect(takeEarlyFetch('/other.json')).toBeUndefined()
  })

  it('starts nothing for a link the page refuses to open', () => {
    const fetch = vi.fn(async () => new Response(''))
    vi.stubGlobal('fetch', fetch)
    startEarlyFetch(at('https://example.org/?data=https://elsewhere.net/x.json'), '/data/builtin.json')
    startEarlyFetch(at('https://example.org/?data=javascript:alert(1)'), '/data/builtin.json')
    expect(fetch).not.toHaveBeenCalled()
  })
})
