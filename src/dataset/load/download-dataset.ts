import { isOnSite } from './dataset-link'
import { DatasetLoadError } from './dataset-load-error'

/** A server that has not begun to answer after this long is not going to. */
export const ANSWER_MS = 30_000

/**
 * Requests a dataset, or says why it could not be had: unreachable or not answering (worth a retry),
 * refused by the server, or a web page rather than a file. Resolves with the response once the server
 * has answered yes; its body is the caller's (see read-body.ts).
 */
export async function downloadDataset(url: string, signal?: AbortSignal): Promise<Response> {
  // The last guard, where the request is made (in the page or the load worker): a worker is not under
  // the page's meta Content-Security-Policy, so nothing else would stop it reaching another origin.
  const here = globalThis.location?.href
  if (here && !isOnSite(url, here)) {
    throw DatasetLoadError.of('http', { code: 'notOnSite', url })
  }
  const waited = new AbortController()
  const timer = setTimeout(() => waited.abort(), ANSWER_MS)
  const stop = () => waited.abort()
  signal?.addEventListener('abort', stop)
  let response: Response
  try {
    // Redirects are not followed: one to another site would be a request there that no policy stops
    // in a worker (see above), and a dataset's address is its file's, not a redirect's.
    response = await fetch(url, { signal: waited.signal, redirect: 'manual' })
  } catch (error) {
    if (signal?.aborted) throw error
    if (waited.signal.aborted) {
      throw DatasetLoadError.of('stalled', { code: 'noAnswer', url, seconds: ANSWER_MS / 1000 })
    }
    throw DatasetLoadError.of('network', { code: 'unreachable', url })
  } finally {
    // The caller's signal still stops the body's download, which is read after this returns.
    clearTimeout(timer)
  }
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    throw DatasetLoadError.of('http', { code: 'redirects', url })
  }
  if (!response.ok) {
    // A server error may pass; a 404 will not.
    const kind = response.status >= 500 ? 'network' : 'http'
    throw DatasetLoadError.of(kind, { code: 'serverRefused', url, status: response.status })
  }
  if (/^\s*text\/html\b/i.test(response.headers.get('Content-Type') ?? '')) {
    throw DatasetLoadError.of('syntax', { code: 'webPage', url })
  }
  return response
}
