/// <reference lib="webworker" />
import parquetWasm from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url'
import { openParquet, type ParquetFormat, type ParquetSource, type StreamTable } from './parquet-streams'

// The worker that reads a Parquet file for the page (parquet-streams.ts), one Arrow stream at a time:
// it says what the file is, then sends a stream, reads the next meanwhile, and waits for the page to
// ask for it (the engine has taken the last), so no more than one stream is ever in flight.
//   page → worker: { kind: 'read', source } then { kind: 'next' } after 'opened' and after each stream
//   worker → page: { kind: 'opened', format, rows } { kind: 'stream', table, bytes, rowsRead, rows } …
//                  { kind: 'done' } or { kind: 'error', message }

export type ParquetWorkerRequest = { kind: 'read'; source: ParquetSource } | { kind: 'next' }
export type ParquetWorkerMessage =
  | { kind: 'opened'; format: ParquetFormat; rows: number }
  | { kind: 'stream'; table: StreamTable; bytes: Uint8Array; rowsRead: number; rows: number }
  | { kind: 'done' }
  | { kind: 'error'; message: string }

let asked: (() => void) | null = null
const nextAsked = () =>
  new Promise<void>((resolve) => {
    asked = resolve
  })

// The app's TypeScript has the DOM's library, not the worker's: the worker's own scope, named (as load-worker.ts does).
const scope = self as unknown as DedicatedWorkerGlobalScope
const post = (message: ParquetWorkerMessage, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer)

async function read(source: ParquetSource): Promise<void> {
  try {
    const { streams, rows, ...format } = await openParquet(source, new URL(parquetWasm, scope.location.href))
    let next = nextAsked()
    post({ kind: 'opened', format, rows })
    await next
    // The next stream is read while the engine takes this one (decoding and inserting each take a
    // part of a load): two in being at most, one in flight.
    const reading = streams()
    let coming = reading.next()
    for (let stream = await coming; !stream.done; stream = await coming) {
      const { table, bytes, rowsRead } = stream.value
      next = nextAsked()
      post({ kind: 'stream', table, bytes, rowsRead, rows }, [bytes.buffer])
      coming = reading.next()
      // A failure to read the next is thrown where it is awaited, not as an unhandled rejection meanwhile.
      coming.catch(() => {})
      await next
    }
    post({ kind: 'done' })
  } catch (error) {
    post({ kind: 'error', message: error instanceof Error ? error.message : String(error) })
  }
}

scope.onmessage = (event: MessageEvent<ParquetWorkerRequest>) => {
  if (event.data.kind === 'read') void read(event.data.source)
  else asked?.()
}
