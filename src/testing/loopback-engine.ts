import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { parseQuery } from '../dataset/query/parse-query'
import type { QueryDescription } from '../dataset/query/query-description'

/** How the test's service answers one POSTed description (as it arrived, parsed from JSON). */
export type Reply = (query: QueryDescription, response: ServerResponse) => void

/**
 * A real HTTP server on loopback standing in for the engine service, for tests of what the page does
 * when the service errs: each request's body read and handed to `reply`. Started on a free port and
 * stopped by the test that started it (`close`), with any request still open cut off.
 */
export async function loopbackEngine(
  reply: Reply,
  /** A port to listen on (a service brought back where it was); a free one by default. */
  port = 0,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => {
      body += chunk
    })
    // Checked as the real service checks them: a description it would refuse is refused here too.
    request.on('end', () => {
      const parsed = parseQuery(JSON.parse(body))
      if (parsed.ok) reply(parsed.query, response)
      else problems(response, 400, parsed.problems)
    })
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const listening = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${listening.port}/query`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** Answers with a status and the service's JSON of problems. */
export function problems(response: ServerResponse, status: number, reasons: string[]): void {
  response.writeHead(status, { 'Content-Type': 'application/json' })
  response.end(JSON.stringify({ problems: reasons }))
}
