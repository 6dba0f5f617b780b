import { afterEach, expect, test, vi } from 'vitest'
import { downloadDataset } from './download-dataset'
import { megabytes, readBody } from './read-body'

afterEach(() => vi.unstubAllGlobals())

/** A response whose body sends these pieces, then (if `stall`) nothing more, ever. */
function streamed(pieces: string[], { stall = false, headers = {} as Record<string, string> } = {}) {
  const encoder = new TextEncoder()
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(encoder.encode(piece))
      if (!stall) controller.close()
    },
  })
  return new Response(body, { headers })
}

test('a body is read whole, piece by piece, with its progress', async () => {
  const seen: number[] = []
  const bytes = await readBody(streamed(['{"a":', ' 1}']), '/x.json', {
    onBytes: (received) => seen.push(received),
  })
  expect(new TextDecoder().decode(bytes)).toBe('{"a": 1}')
  expect(seen).toEqual([5, 8])
})

test('a download that stops sending ends with a message, not a wait for ever', async () => {
  const reading = readBody(streamed(['{"events": ['], { stall: true }), '/slow.json', { stallMs: 50 })
  await expect(reading).rejects.toMatchObject({
    kind: 'stalled',
    message: expect.stringMatching(
      /^The server stopped sending \/slow\.json: nothing came for 0\.05 seconds/,
    ),
  })
})

test('a download larger than a dataset may be is stopped, by its declared size or as it arrives', async () => {
  const declared = streamed(['{}'], { headers: { 'Content-Length': String(300 * 1024 * 1024) } })
  await expect(readBody(declared, '/huge.json')).rejects.toMatchObject({
    kind: 'too-large',
    message: '/huge.json is 300 MB: larger than the 256 MB a dataset may be.',
  })
  const undeclared = streamed(['x'.repeat(600), 'x'.repeat(600)])
  await expect(readBody(undeclared, '/big.json', { maxBytes: 1000 })).rejects.toMatchObject({
    kind: 'too-large',
    message: expect.stringContaining('is more than'),
  })
})

test('a link to a web page is said to be one, not read as a CSV', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('<!doctype html><p>Hello', { headers: { 'Content-Type': 'text/html' } })),
  )
  await expect(downloadDataset('/about/')).rejects.toMatchObject({
    kind: 'syntax',
    message: '/about/ is a web page, not a dataset: link to the .json or .csv file itself.',
  })
})

test('sizes are written as a file manager writes them', () => {
  expect(megabytes(256 * 1024 * 1024)).toBe('256 MB')
  expect(megabytes(12.5 * 1024 * 1024)).toBe('12.5 MB')
})
