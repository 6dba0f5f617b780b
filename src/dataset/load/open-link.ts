import { decodeBytes } from './decode-text'
import { downloadDataset } from './download-dataset'
import type { EarlyLoad } from './early-load'
import { type LoadOutcome, outcomeOfError } from './load-outcome'
import { indexBeforeCheck, openFiles, outcomeOfAnswer } from './open-files'
import { readBody } from './read-body'
import { uncheckedIndex } from './unchecked-index'

/**
 * The other door (the first is openFiles): the dataset at a URL on this site (JSON, or an events
 * sheet), downloaded, then parsed, validated and indexed, off the main thread when it is large.
 * Rejects only when `signal` stops it.
 */
export async function openLink(url: string, signal?: AbortSignal): Promise<LoadOutcome> {
  try {
    const response = await downloadDataset(url, signal)
    return await readResponse(response, url, signal)
  } catch (error) {
    signal?.throwIfAborted()
    return outcomeOfError(error)
  }
}

/**
 * The same for a load the page's first script started (see early-load.ts): the worker's download,
 * indexed on the page while the worker checks it; or the page's own download of the built-in story.
 */
export async function finishEarlyLoad(
  url: string,
  early: EarlyLoad,
  signal?: AbortSignal,
): Promise<LoadOutcome> {
  try {
    if (early.by === 'page') return await readResponse(await early.response, url, signal)
    signal?.addEventListener('abort', early.cancel)
    // Indexed here as soon as the bytes are parsed, while the worker checks them (the page would
    // only wait; see docs/decisions/load-order.md).
    const ownIndex = early.parsed.then(indexBeforeCheck)
    ownIndex.catch(() => {})
    // A linked sheet: indexed here while the worker validates it (see AS_UNCHECKED).
    const unchecked = uncheckedIndex()
    early.takeUnchecked(unchecked.take)
    const answer = await early.answer
    // Cancelled: react-query puts the query back as it was.
    signal?.throwIfAborted()
    // The worker could not start: the page loads it itself.
    if (!answer) return await openLink(url, signal)
    return await outcomeOfAnswer(answer, () => ownIndex, unchecked.result())
  } catch (error) {
    signal?.throwIfAborted()
    return outcomeOfError(error)
  }
}

async function readResponse(response: Response, url: string, signal?: AbortSignal): Promise<LoadOutcome> {
  const { text, encoding } = decodeBytes(new Uint8Array(await readBody(response, url)))
  return openFiles([{ name: url, content: text, ...(encoding ? { encoding } : {}) }], {
    ...(signal ? { signal } : {}),
  })
}
