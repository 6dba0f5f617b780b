import { MAX_DATASET_BYTES } from '../format/format-constants'
import { DatasetLoadError } from './dataset-load-error'

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
  if (total !== null && total > maxBytes) throw tooLarge(url, megabytes(total), maxBytes)
  if (!response.body) return response.arrayBuffer()
  const reader = response.body.getReader()
  const parts: Uint8Array[] = []
  let received = 0
  for (;;) {
    const next = await withStallTimer(reader.read(), stallMs)
    if (next === 'stalled') {
      void reader.cancel().catch(() => {})
      throw new DatasetLoadError(
        'stalled',
        `The server stopped sending ${url}: nothing came for ${stallMs / 1000} seconds, after ${megabytes(received)}. Try again, or download the file and open it.`,
      )
    }
    if (next.done) break
    received += next.value.byteLength
    if (received > maxBytes) {
      void reader.cancel().catch(() => {})
      throw tooLarge(url, `more than ${megabytes(maxBytes)}`, maxBytes)
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
export function tooLarge(name: string, size: string, maxBytes = MAX_DATASET_BYTES): DatasetLoadError {
  return new DatasetLoadError(
    'too-large',
    `${name} is ${size}: larger than the ${megabytes(maxBytes)} a dataset may be.`,
  )
}

/** "12.5 MB", "256 MB" (MiB, as file managers write them). */
export function megabytes(bytes: number): string {
  const value = bytes / (1024 * 1024)
  return `${value >= 100 || Number.isInteger(value) ? Math.round(value) : value.toFixed(1)} MB`
}
