import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
}

export type PlainHost = { origin: string; requests: string[]; close: () => Promise<void> }

/**
 * The built app on a plain static host: files only, no header but the type, so the page's policy is
 * its meta element alone and the load worker is under none (a worker takes its policy from its own
 * response). `extra` answers paths first (a redirect, say). Every request's path is recorded.
 */
export async function startPlainHost(
  root: string,
  extra: (path: string) => { status: number; headers: Record<string, string>; body: string } | null = () =>
    null,
): Promise<PlainHost> {
  const requests: string[] = []
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    requests.push(request.url ?? '')
    const answer = extra(path)
    if (answer) {
      response.writeHead(answer.status, answer.headers).end(answer.body)
      return
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path))
    if (!file.startsWith(normalize(root)) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
