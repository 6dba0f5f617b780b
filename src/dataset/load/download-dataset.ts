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
    throw new DatasetLoadError(
      'http',
      `${url} is not on this site: only datasets on this site can be opened by link.`,
    )
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
      throw new DatasetLoadError('stalled', `${url} did not answer within ${ANSWER_MS / 1000} seconds.`)
    }
    throw new DatasetLoadError('network', `Could not reach ${url}.`)
  } finally {
    // The caller's signal still stops the body's download, which is read after this returns.
    clearTimeout(timer)
  }
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    throw new DatasetLoadError(
      'http',
      `${url} redirects elsewhere: link to the dataset file's own address (open the link in a tab to see where it leads).`,
    )
  }
  if (!response.ok) {
    // A server error may pass; a 404 will not.
    const kind = response.status >= 500 ? 'network' : 'http'
    throw new DatasetLoadError(kind, `Could not load ${url}: the server answered ${response.status}.`)
  }
  if (/^\s*text\/html\b/i.test(response.headers.get('Content-Type') ?? '')) {
    throw new DatasetLoadError(
      'syntax',
      `${url} is a web page, not a dataset: link to the .json or .csv file itself.`,
    )
  }
  return response
}
