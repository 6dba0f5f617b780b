import { DatasetLoadError } from './dataset-load-error'

/**
 * Requests a dataset, or says why it could not be had: unreachable (worth a retry) or refused by the
 * server. Resolves with the response once the server has answered yes; its body is the caller's.
 */
export async function downloadDataset(url: string, signal?: AbortSignal): Promise<Response> {
  let response: Response
  try {
    response = await fetch(url, { signal: signal ?? null })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new DatasetLoadError('network', `Could not reach ${url}.`)
  }
  if (!response.ok) {
    // A server error may pass; a 404 will not.
    const kind = response.status >= 500 ? 'network' : 'http'
    throw new DatasetLoadError(kind, `Could not load ${url}: the server answered ${response.status}.`)
  }
  return response
}
