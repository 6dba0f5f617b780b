import { vi } from 'vitest'

/**
 * Serves JSON text at any URL through a stubbed fetch, so components load a dataset through the real
 * query, parse and validation code without a server.
 */
export function serveDataset(body: string, status = 200): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status, headers: { 'Content-Type': 'application/json' } })),
  )
}
