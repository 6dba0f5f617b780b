import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { DuckDBInstance } from '@duckdb/node-api'
import type { StoryNaming } from '../../src/dataset/query/answers'
import { ARROW_STREAM, answerToArrow } from '../../src/dataset/query/arrow-answers'
import { parseQuery } from '../../src/dataset/query/parse-query'
import { type AppFiles, serveAppFile } from './app-files'
import { duckdbAnswerer } from './duckdb-answerer'

// The engine as a small HTTP service: POST /query with a query description (JSON) answers with Arrow
// IPC (or JSON where the request accepts only JSON). No SQL crosses it: the description is checked by
// the same parser as a worker's messages (400 with each problem otherwise) and the SQL is built here.
// Each query has its own connection, interrupted past the time allowed (504); answers are bounded by
// the descriptions' caps (query-limits.ts); CORS answers only the app's own origin. With `app`, it also
// serves the built app's files (app-files.ts), so that the page and the service share one origin.

export type EngineServerOptions = {
  instance: DuckDBInstance
  /** The app's origin (`http://127.0.0.1:5173`): the only one a page may ask from. Null: none. */
  origin: string | null
  /** How long one query may run before its connection is interrupted. */
  timeoutMs: number
  /** The story's names as its loader read them (the summary's: the tables hold only its events). */
  naming: StoryNaming
  /** Shown by GET /health. */
  about: Readonly<Record<string, string | number>>
  /** The built app, served at every other path (`/` its page); null: only /query and /health. */
  app?: AppFiles | null
}

/** A query description is a few hundred bytes; anything past this is refused unread. */
const MOST_BODY_BYTES = 64 * 1024

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly problems: string[],
  ) {
    super(problems.join('; '))
  }
}

export function createEngineServer(options: EngineServerOptions): Server {
  return createServer((request, response) => {
    handle(request, response, options).catch((error: unknown) => {
      const problem =
        error instanceof HttpProblem
          ? error
          : new HttpProblem(500, [error instanceof Error ? error.message : 'failed'])
      if (!response.headersSent)
        send(response, problem.status, { problems: problem.problems }, options, request)
      else response.destroy()
    })
  })
}

// The service listens on loopback only, but a page elsewhere could point its own name at 127.0.0.1
// (DNS rebinding) and read the answers and the app as its own origin: a request must name loopback.
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

function namesLoopback(request: IncomingMessage): boolean {
  const host = request.headers.host ?? ''
  return LOOPBACK_HOSTS.has(host.replace(/:\d+$/, '').toLowerCase())
}

async function handle(request: IncomingMessage, response: ServerResponse, options: EngineServerOptions) {
  if (!namesLoopback(request))
    throw new HttpProblem(403, [
      'this service answers requests to 127.0.0.1 or localhost only (the Host header)',
    ])
  const path = new URL(request.url ?? '/', 'http://engine').pathname
  if (request.method === 'OPTIONS' && path === '/query') {
    response.writeHead(204, {
      ...corsHeaders(request, options),
      'Access-Control-Allow-Methods': 'POST',
      'Access-Control-Allow-Headers': 'Content-Type',
      'Access-Control-Max-Age': '600',
    })
    response.end()
    return
  }
  if (request.method === 'GET' && path === '/health')
    return send(response, 200, options.about, options, request)
  if (path !== '/query') {
    if (options.app && (await serveAppFile(options.app, request, response))) return
    throw new HttpProblem(404, [
      `not found: POST /query, GET /health${options.app ? ", or the app's files" : ''}`,
    ])
  }
  if (request.method !== 'POST') throw new HttpProblem(405, ['POST a query description to /query'])

  const parsed = parseQuery(parseJson(await readBody(request)))
  if (!parsed.ok) throw new HttpProblem(400, parsed.problems)
  const { query } = parsed
  const connection = await options.instance.connect()
  // Aborted past the time allowed, never after the answer (the connection is closed by then).
  const controller = new AbortController()
  const stopped = controller.signal
  const timer = setTimeout(() => controller.abort(), options.timeoutMs)
  try {
    const answer = await duckdbAnswerer(connection, options.naming, stopped).answer(query)
    const wantsJson = (request.headers.accept ?? '').includes('application/json')
    if (wantsJson) return send(response, 200, answer, options, request)
    const bytes = answerToArrow(query, answer)
    response.writeHead(200, {
      ...corsHeaders(request, options),
      'Content-Type': ARROW_STREAM,
      'Content-Length': bytes.byteLength,
    })
    response.end(bytes)
  } catch (error) {
    if (stopped.aborted)
      throw new HttpProblem(504, [`the query took longer than ${options.timeoutMs} ms and was stopped`])
    throw error
  } finally {
    clearTimeout(timer)
    connection.closeSync()
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.byteLength
      if (size <= MOST_BODY_BYTES) chunks.push(chunk)
      // Past the cap the rest is read and dropped (not kept), so that the refusal reaches the sender.
      else if (size - chunk.byteLength <= MOST_BODY_BYTES)
        reject(new HttpProblem(413, [`a query description of at most ${MOST_BODY_BYTES} bytes`]))
    })
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body)
  } catch {
    throw new HttpProblem(400, ['the body: a query description as JSON'])
  }
}

/** CORS for the app's origin only: another page's request gets no header, and its browser refuses it. */
function corsHeaders(request: IncomingMessage, options: EngineServerOptions): Record<string, string> {
  if (!options.origin || request.headers.origin !== options.origin) return {}
  return { 'Access-Control-Allow-Origin': options.origin, Vary: 'Origin' }
}

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  options: EngineServerOptions,
  request: IncomingMessage,
): void {
  const text = JSON.stringify(body)
  response.writeHead(status, {
    ...corsHeaders(request, options),
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  })
  response.end(text)
}
