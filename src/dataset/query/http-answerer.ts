import type { Answerer, AnswerOf } from './answers'
import { ARROW_STREAM, arrowToAnswer } from './arrow-answers'
import { EngineError, type EngineProblem } from './engine-error'
import type { QueryDescription } from './query-description'

/** How long the page waits for an answer: past the service's own limit (10 s by default) and the trip. */
export const ANSWER_WAIT_MS = 15_000

/**
 * An Answerer over the engine service (`npm run serve:engine`): each description POSTed as JSON, each
 * answer read back from Arrow and checked. What goes wrong is thrown as an EngineError with its code
 * (engine-error.ts): a refusal (400) with the service's reasons, a query stopped past its time (504) or
 * not answered within `waitMs`, a service that cannot be reached, an error of its own, an answer that
 * cannot be read.
 */
export function httpAnswerer(
  endpoint: string,
  fetcher: typeof fetch = fetch,
  waitMs: number = ANSWER_WAIT_MS,
): Answerer {
  return {
    async answer<Query extends QueryDescription>(query: Query): Promise<AnswerOf<Query['kind']>> {
      const bytes = await fetchAnswer(endpoint, fetcher, waitMs, query)
      try {
        return arrowToAnswer(query, bytes)
      } catch (error) {
        throw new EngineError(
          'unreadable',
          `the ${query.kind} answer: ${error instanceof Error ? error.message : String(error)}`,
        )
      }
    },
  }
}

async function fetchAnswer(
  endpoint: string,
  fetcher: typeof fetch,
  waitMs: number,
  query: QueryDescription,
): Promise<Uint8Array> {
  const signal = AbortSignal.timeout(waitMs)
  try {
    const response = await fetcher(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: ARROW_STREAM },
      body: JSON.stringify(query),
      signal,
    })
    if (!response.ok)
      throw new EngineError(
        problemOfStatus(response.status),
        `the ${query.kind} query (${response.status}): ${await reasons(response)}`,
      )
    return new Uint8Array(await response.arrayBuffer())
  } catch (error) {
    if (error instanceof EngineError) throw error
    // The wait ran out (the body too may be cut off by it), or nothing answered (fetch's TypeError).
    if (signal.aborted)
      throw new EngineError('timeout', `no answer to the ${query.kind} query in ${waitMs} ms`)
    throw new EngineError(
      'unreachable',
      `${endpoint}: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}

function problemOfStatus(status: number): EngineProblem {
  if (status === 504 || status === 408) return 'timeout'
  // Nothing at that address (404, 405: a page, not the service), or a proxy that cannot reach it.
  if (status === 404 || status === 405 || status === 502 || status === 503) return 'unreachable'
  if (status >= 400 && status < 500) return 'refused'
  return 'failed'
}

async function reasons(response: Response): Promise<string> {
  const text = await response.text()
  try {
    const body: unknown = JSON.parse(text)
    if (typeof body === 'object' && body !== null && 'problems' in body && Array.isArray(body.problems))
      return body.problems.join('; ')
  } catch {
    // Not the service's JSON: its text as it is.
  }
  return text.slice(0, 200)
}
