import type { ServerResponse } from 'node:http'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import { type ReactNode, useState } from 'react'
import { afterEach, describe, expect, test } from 'vitest'
import type { AnswerOf } from '../dataset/query/answers'
import { ARROW_STREAM, answerToArrow } from '../dataset/query/arrow-answers'
import { engineProblemOf } from '../dataset/query/engine-error'
import { httpAnswerer } from '../dataset/query/http-answerer'
import type { QueryDescription } from '../dataset/query/query-description'
import { useDensityCounts } from '../features/charts/use-density-counts'
import { useMapAnswers } from '../features/map/use-map-answers'
import { useStoryQuotes } from '../features/quotes/use-quotes'
import { useTimelineMatching, useTimelineWindow } from '../features/timeline/items/use-timeline-answers'
import { NOTHING_CHOSEN } from '../state/facets/facet-table'
import { type AnswerSource, AnswerSourceProvider } from '../state/query/answer-source'
import type { AskingProblem } from '../state/query/asking-problem'
import { memoryAnswerer } from '../state/query/memory-answerer'
import { useListedEvents } from '../state/query/use-listed-events'
import type { ActiveFilters } from '../state/view-state'
import { buildStory } from '../testing/build-story'
import { loopbackEngine } from '../testing/loopback-engine'

// Each view's hook asking a real HTTP client of a real server on loopback that fails as a service
// does (an error of its own, no answer in time, nothing listening): the hook gives the view one
// problem for its questions and a retry, says "retrying" while asked again, keeps what it had drawn,
// and after the service is back, asking again brings the answer.

const story = buildStory()
const memory = memoryAnswerer(story)
const filters: ActiveFilters = { chosen: NOTHING_CHOSEN, search: '' }
const allTime = { start: Date.UTC(1900, 0, 1), end: Date.UTC(2030, 0, 1) }
const closers: Array<() => Promise<void>> = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
})

/** What the test reads of a view's hook: its one problem, and how much it has to draw. */
type Viewed = { problem: AskingProblem; drawn: number }

const VIEWS: Record<string, () => Viewed> = {
  'event list': () => {
    const listed = useListedEvents(story, filters, allTime)
    return { problem: listed.problem, drawn: listed.events.length }
  },
  quotes: () => {
    const { quotes, problem } = useStoryQuotes(story, filters, undefined)
    return { problem, drawn: quotes.length }
  },
  'map (three questions)': () => {
    const { counts, inView, problem } = useMapAnswers(filters, allTime)
    return { problem, drawn: inView + counts.byCountry.size }
  },
  'density chart': () => {
    const { matched, problem } = useDensityCounts(story.extent, filters)
    return { problem, drawn: matched.reduce((sum, count) => sum + count, 0) }
  },
  'timeline (its events, and its window past what it draws whole)': () => {
    const matching = useTimelineMatching(story, filters, null, undefined)
    // Two readable at this width: the story's four events are asked as the window's, with bars.
    const near = useTimelineWindow(filters, allTime, matching.all, { readable: 2, bars: 20 }, null)
    const problem = matching.problem.error ? matching.problem : near.problem
    return { problem, drawn: (near.answers.near?.rows.length ?? 0) + (near.answers.periods ? 1 : 0) }
  },
}

async function answer(query: QueryDescription, response: ServerResponse) {
  const answered: AnswerOf<QueryDescription['kind']> = await memory.answer(query)
  response.writeHead(200, { 'Content-Type': ARROW_STREAM })
  response.end(answerToArrow(query, answered))
}

type Failing = 'error' | 'silent' | 'answer'

/** A service that answers, errs (500) or keeps silent as `state.now` says, and counts the questions. */
async function service(state: { now: Failing; asked: number }, port = 0) {
  const engine = await loopbackEngine((query, response) => {
    state.asked += 1
    if (state.now === 'answer') void answer(query, response)
    else if (state.now === 'error') {
      response.writeHead(500, { 'Content-Type': 'text/plain' })
      response.end('the engine ran out of memory')
    }
    // Silent: the request stays open until the client's wait ends it (or the server closes).
  }, port)
  closers.push(engine.close)
  return engine
}

let identities = 0

/** A page's query cache and the source its views ask. */
function Asking({ source, children }: { source: AnswerSource; children: ReactNode }) {
  const [client] = useState(() => new QueryClient())
  return (
    <QueryClientProvider client={client}>
      <AnswerSourceProvider source={source}>{children}</AnswerSourceProvider>
    </QueryClientProvider>
  )
}

const wrapperOf =
  (source: AnswerSource) =>
  ({ children }: { children: ReactNode }) => <Asking source={source}>{children}</Asking>

function render(useView: () => Viewed, url: string, waitMs: number) {
  const source: AnswerSource = {
    kind: 'engine',
    identity: `loopback-${++identities}`,
    answerer: httpAnswerer(url, fetch, waitMs),
  }
  const Wrapper = wrapperOf(source)
  return renderHook(useView, { wrapper: Wrapper })
}

async function retried(view: { current: Viewed }) {
  act(() => view.current.problem.retry())
  // Said as being asked again at once, with the last problem kept until the new answer.
  expect(view.current.problem.retrying).toBe(true)
  expect(view.current.problem.error).not.toBeNull()
}

describe.each(Object.entries(VIEWS))('%s', (_name, useView) => {
  test('an error of the service (500): one problem; asked again once the service is well, answered', async () => {
    const state: { now: Failing; asked: number } = { now: 'error', asked: 0 }
    const engine = await service(state)
    const { result } = render(useView, engine.url, 5000)
    await waitFor(() => expect(result.current.problem.error).not.toBeNull())
    const problem = engineProblemOf(result.current.problem.error)
    expect(problem.problem).toBe('failed')
    expect(problem.detail).toMatch(/\(500\): the engine ran out of memory$/)
    expect(result.current.problem.retrying).toBe(false)
    // A failed question is not asked again by itself.
    const asked = state.asked
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(state.asked).toBe(asked)

    state.now = 'answer'
    await retried(result)
    await waitFor(() => expect(result.current.problem.error).toBeNull())
    await waitFor(() => expect(result.current.drawn).toBeGreaterThan(0))
    expect(result.current.problem.retrying).toBe(false)
  })

  test('no answer in time (the service keeps silent): a timeout, and retrying fails again as one', async () => {
    const state: { now: Failing; asked: number } = { now: 'silent', asked: 0 }
    const engine = await service(state)
    const { result } = render(useView, engine.url, 200)
    await waitFor(() => expect(result.current.problem.error).not.toBeNull())
    expect(engineProblemOf(result.current.problem.error).problem).toBe('timeout')
    await retried(result)
    await waitFor(() => expect(result.current.problem.retrying).toBe(false))
    expect(engineProblemOf(result.current.problem.error).problem).toBe('timeout')
  })

  test('nothing listening (a closed port): unreachable; the service back on its port, Try again answers', async () => {
    const state: { now: Failing; asked: number } = { now: 'answer', asked: 0 }
    const first = await service(state)
    const port = Number(new URL(first.url).port)
    await closers.splice(0)[0]?.()
    const { result } = render(useView, first.url, 5000)
    await waitFor(() => expect(result.current.problem.error).not.toBeNull())
    expect(engineProblemOf(result.current.problem.error).problem).toBe('unreachable')
    expect(result.current.drawn).toBe(0)

    await service(state, port)
    await retried(result)
    await waitFor(() => expect(result.current.problem.error).toBeNull())
    await waitFor(() => expect(result.current.drawn).toBeGreaterThan(0))
  })
})

test('a question that fails after an answer keeps the answer drawn (not current: the view says so)', async () => {
  const state: { now: Failing; asked: number } = { now: 'answer', asked: 0 }
  const engine = await service(state)
  const source: AnswerSource = { kind: 'engine', identity: 'kept', answerer: httpAnswerer(engine.url) }
  const Wrapper = wrapperOf(source)
  const { result, rerender } = renderHook(
    ({ search }: { search: string }) => useListedEvents(story, { chosen: NOTHING_CHOSEN, search }, allTime),
    { wrapper: Wrapper, initialProps: { search: '' } },
  )
  await waitFor(() => expect(result.current.events).toHaveLength(story.events.length))
  state.now = 'error'
  rerender({ search: 'parade' })
  await waitFor(() => expect(result.current.problem.error).not.toBeNull())
  // The whole list as it was, not the one event the search would find, and not an empty list.
  expect(result.current.events).toHaveLength(story.events.length)
  state.now = 'answer'
  act(() => result.current.problem.retry())
  await waitFor(() => expect(result.current.problem.error).toBeNull())
  await waitFor(() => expect(result.current.events.map((event) => event.id)).toEqual(['parade']))
})
