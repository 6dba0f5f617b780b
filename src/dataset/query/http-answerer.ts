import type { Answerer, AnswerOf } from './answers'
import { ARROW_STREAM, arrowToAnswer } from './arrow-answers'
import type { QueryDescription } from './query-description'

/**
 * An Answerer over the engine service (`npm run serve:engine`): each description POSTed as JSON, each
 * answer read back from Arrow and checked. A refusal (400: what to fix; 504: too slow) is thrown with
 * the service's reasons.
 */
export function httpAnswerer(endpoint: string, fetcher: typeof fetch = fetch): Answerer {
  return {
    async answer<Query extends QueryDescription>(query: Query): Promise<AnswerOf<Query['kind']>> {
      const response = await fetcher(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: ARROW_STREAM },
        body: JSON.stringify(query),
      })
      if (!response.ok)
        throw new Error(
          `The engine refused the ${query.kind} query (${response.status}): ${await reasons(response)}`,
        )
      return arrowToAnswer(query, new Uint8Array(await response.arrayBuffer()))
    },
  }
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
