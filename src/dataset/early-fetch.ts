import { resolveDatasetLink } from './dataset-link'

// The dataset a page opens with is known from its address alone. Its download starts as soon as the
// page's code starts to run, so it overlaps the time the browser spends evaluating the code and
// rendering the first frame, instead of starting after them.
const started = new Map<string, Promise<Response>>()

/**
 * Starts downloading the dataset this address opens: its `?data=` link, or else `builtinUrl`. Returns
 * whether it is a linked dataset (of unknown size, unlike the built-in one).
 */
export function startEarlyFetch(location: Location, builtinUrl: string): boolean {
  const param = new URLSearchParams(location.search).get('data')
  const link =
    param === null ? { ok: true as const, url: builtinUrl } : resolveDatasetLink(param, location.href)
  if (!link.ok || typeof fetch !== 'function') return false
  const response = fetch(link.url)
  // Nobody may ever take it (the reader opens a file first): an unhandled rejection would be noise.
  response.catch(() => {})
  started.set(link.url, response)
  return param !== null
}

/** The download started early for `url`, once; later loads of the same URL fetch it afresh. */
export function takeEarlyFetch(url: string): Promise<Response> | undefined {
  const response = started.get(url)
  started.delete(url)
  return response
}
