import type { EventRow } from '../../dataset/query/answers'
import type { EventField, EventsQuery } from '../../dataset/query/query-description'
import { QUERY_LIMITS } from '../../dataset/query/query-limits'
import type { ActiveFilters } from '../view-state'
import type { AnswerSource } from './answer-source'
import { answerEvents } from './memory-first-view'
import { queryFilter } from './query-filter'

/** One page of the matching events of all time, in time order (the export reads them all, page by page). */
export function matchingPageQuestion(
  filters: ActiveFilters,
  offset: number,
  fields: readonly EventField[] = [],
  limit: number = QUERY_LIMITS.events,
): EventsQuery {
  return { kind: 'events', filter: queryFilter(filters, null), fields, limit, offset }
}

/** One page of the matching events: its rows, and how many match in all (the engine's total). */
export type MatchingPage = { rows: EventRow[]; total: number }

/**
 * The matching events, page by page, each of at most `pageSize` (never more than one answer may hold,
 * so that an engine is never asked past its limits). A caller that only writes each page out (the
 * engine-held export) holds one page at a time, not a million rows. While the caller handles a page,
 * the engine is already asked for the next one. Stopped by `signal` (the reader's Cancel) at once, even
 * while the engine answers a page: that page's answer, when it comes, is dropped.
 */
export async function* matchingEventPages(
  source: AnswerSource,
  filters: ActiveFilters,
  options: { fields?: readonly EventField[]; pageSize?: number; signal?: AbortSignal } = {},
): AsyncGenerator<MatchingPage> {
  const { fields = [], signal } = options
  const pageSize = Math.min(options.pageSize ?? QUERY_LIMITS.events, QUERY_LIMITS.events)
  const ask = (offset: number): Promise<MatchingPage> => {
    const query = matchingPageQuestion(filters, offset, fields, pageSize)
    return source.kind === 'immediate'
      ? Promise.resolve(answerEvents(source.index, query))
      : source.answerer.answer(query)
  }
  let read = 0
  let next = ask(0)
  // Left unread if the caller stops first (Cancel): its failure then concerns no one.
  next.catch(() => undefined)
  for (;;) {
    signal?.throwIfAborted()
    const page = await untilAborted(next, signal)
    signal?.throwIfAborted()
    read += page.rows.length
    // An empty page ends it too, should a total and the rows disagree (an engine's data changing).
    const more = read < page.total && page.rows.length > 0
    if (more) {
      next = ask(read)
      // Left unread if the caller stops first (Cancel): its failure then concerns no one.
      next.catch(() => undefined)
    }
    yield page
    if (!more) return
  }
}

/** `promise`, or the signal's reason as soon as it is aborted (the promise then left to itself). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason)
    if (signal.aborted) return stop()
    signal.addEventListener('abort', stop, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop))
  })
}

/**
 * Every matching event, asked page by page (matchingEventPages): the story held in the page answers
 * at once, an engine page by page. Not a hook: asked when the reader exports, not on every change.
 */
export async function allMatchingEvents(
  source: AnswerSource,
  filters: ActiveFilters,
  fields: readonly EventField[] = [],
): Promise<EventRow[]> {
  const rows: EventRow[] = []
  for await (const page of matchingEventPages(source, filters, { fields })) rows.push(...page.rows)
  return rows
}
