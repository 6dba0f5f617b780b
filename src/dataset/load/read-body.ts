import { MAX_DATASET_BYTES } from '../format/format-constants'
import { DatasetLoadError } from './dataset-load-error'
import { megabytes } from './load-problem'

export { megabytes }

/** A download that sends nothing for this long has stalled: it ends with a message, not a spinner. */
export const STALL_MS = 20_000

export type BodyLimits = {
  maxBytes?: number
  stallMs?: number
  /** Bytes received so far, and the total when the server said it. */
  onBytes?: (received: number, total: number | null) => void
}

/**
 * A response's body, read piece by piece so that a download too large to open is stopped at the
 * limit (before it is held whole), and one that stops sending ends with a message instead of
 * waiting for ever.
 */
export async function readBody(
  response: Response,
  url: string,
  { maxBytes = MAX_DATASET_BYTES, stallMs = STALL_MS, onBytes }: BodyLimits = {},
): Promise<ArrayBuffer> {
  const declared = Number(response.headers.get('Content-Length'))
  const total = Number.isFinite(declared) && declared > 0 ? declared : null
  if (total !== null && total > maxBytes) throw tooLarge(url, total, maxBytes)
  if (!response.body) return response.arrayBuffer()
  const reader = response.body.getReader()
  const parts: Uint8Array[] = []
  let received = 0
  for (;;) {
    const next = await withStallTimer(reader.read(), stallMs)
    if (next === 'stalled') {
      void reader.cancel().catch(() => {})
      throw DatasetLoadError.of('stalled', { code: 'stoppedSending', url, seconds: stallMs / 1000, received })
    }
    if (next.done) break
    received += next.value.byteLength
    if (received > maxBytes) {
      void reader.cancel().catch(() => {})
      throw tooLarge(url, null, maxBytes)
    }
    parts.push(next.value)
    onBytes?.(received, total)
  }
  const body = new Uint8Array(received)
  let at = 0
  for (const part of parts) {
    body.set(part, at)
    at += part.byteLength
  }
  return body.buffer
}

function withStallTimer<T>(promise: Promise<T>, ms: number): Promise<T | 'stalled'> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const stalled = new Promise<'stalled'>((resolve) => {
    timer = setTimeout(() => resolve('stalled'), ms)
  })
  return Promise.race([promise, stalled]).finally(() => clearTimeout(timer))
}

/** Said of a dataset past the size limit: "story.json is 300 MB: larger than the 256 MB a dataset may be." */
export function tooLarge(name: string, size: number | null, limit = MAX_DATASET_BYTES): DatasetLoadError {
  return DatasetLoadError.of('too-large', { code: 'tooLarge', name, size, limit })
}
