import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { expect, test } from 'vitest'
import type { Answerer, AnswerOf } from '../../../dataset/query/answers'
import { parseQuery } from '../../../dataset/query/parse-query'
import type { QueryDescription } from '../../../dataset/query/query-description'
import { indexStory } from '../../../dataset/story-index'
import { NOTHING_CHOSEN } from '../../../state/facets/facet-table'
import { type AnswerSource, AnswerSourceProvider } from '../../../state/query/answer-source'
import { memoryAnswerer } from '../../../state/query/memory-answerer'
import { memoryIndex } from '../../../state/query/memory-index'
import type { ActiveFilters, TimeWindow } from '../../../state/view-state'
import { generateDataset } from '../../../testing/synthetic-dataset'
import { barsPerWindow, readableItems, timelineContent } from './timeline-content'
import { useTimelineMatching, useTimelineWindow } from './use-timeline-answers'

// The timeline's questions through the hooks the panel uses: answered on the render that asks by the
// page's own index; by an engine later, each question checked as the service checks a request, with
// the last answer kept on screen while the next window's is counted.

const story = indexStory(generateDataset(1000, 1))
const filters: ActiveFilters = { chosen: NOTHING_CHOSEN, search: '' }
const width = { readable: readableItems(1200), bars: barsPerWindow(1200) }
const YEAR = 365.25 * 86_400_000
const wide: TimeWindow = { start: story.extent.start, end: story.extent.end }
const centre = story.events[500]?.span.start ?? 0
const narrow: TimeWindow = { start: centre - YEAR / 4, end: centre + YEAR / 4 }

function useTimeline(shown: TimeWindow, lanes: 'country' | null = null) {
  const matching = useTimelineMatching(story, filters, lanes, undefined)
  const near = useTimelineWindow(filters, shown, matching.all, width, lanes)
  return {
    drawn: timelineContent(near.answers, undefined, shown, width.readable, matching.division ?? undefined)
      .items,
    lanes: matching.division?.lanes,
    counting: matching.counting || near.counting,
  }
}

function wrapper(source: AnswerSource) {
  const client = new QueryClient()
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <AnswerSourceProvider source={source}>{children}</AnswerSourceProvider>
    </QueryClientProvider>
  )
}

/** An engine that checks each question as the service does and answers when the test says. */
function laterEngine() {
  const memory = memoryAnswerer(story)
  const waiting: Array<() => void> = []
  const problems: string[] = []
  const kinds = new Set<string>()
  const answerer: Answerer = {
    answer<Query extends QueryDescription>(query: Query): Promise<AnswerOf<Query['kind']>> {
      const parsed = parseQuery(JSON.parse(JSON.stringify(query)))
      if (!parsed.ok) problems.push(`${query.kind}: ${parsed.problems.join('; ')}`)
      kinds.add(query.kind)
      return new Promise((resolve) => waiting.push(() => resolve(memory.answerNow(query))))
    },
  }
  // Answers what has been asked, turn after turn, until the views ask nothing more.
  const answerAll = async () => {
    for (let turn = 0; turn < 10; turn++) {
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 10))
        for (const answer of waiting.splice(0)) answer()
      })
    }
  }
  return { answerer, answerAll, problems, kinds }
}

const inMemory = (): AnswerSource => ({ kind: 'immediate', identity: 'memory', index: memoryIndex(story) })

test('held in the page, the timeline is answered on the render that asks, bars zoomed out, events zoomed in', () => {
  const seen: boolean[] = []
  const { result, rerender } = renderHook(
    ({ shown }) => {
      const drawn = useTimeline(shown)
      seen.push(drawn.drawn.length > 0 && !drawn.counting)
      return drawn
    },
    { wrapper: wrapper(inMemory()), initialProps: { shown: wide } },
  )
  expect(result.current.drawn.every((item) => item.kind === 'count')).toBe(true)
  rerender({ shown: narrow })
  expect(result.current.drawn.length).toBeGreaterThan(0)
  expect(result.current.drawn.every((item) => item.kind === 'event')).toBe(true)
  // Every render drew its answer: none waited for one.
  expect(seen.every(Boolean)).toBe(true)
})

test('held by an engine, the same questions (parsed as the service parses them) draw the same timeline; a window change keeps the last drawing while it is counted', async () => {
  const engine = laterEngine()
  const { result, rerender } = renderHook(({ shown, lanes }) => useTimeline(shown, lanes), {
    wrapper: wrapper({ kind: 'engine', identity: 'engine', answerer: engine.answerer }),
    initialProps: { shown: wide, lanes: 'country' as 'country' | null },
  })
  const expected = (shown: TimeWindow, lanes: 'country' | null) =>
    renderHook(() => useTimeline(shown, lanes), { wrapper: wrapper(inMemory()) }).result.current
  // The first answers come in turn: all time's, then the window's and the lanes' (asked once it is
  // known that the story is not drawn whole).
  await engine.answerAll()
  expect(result.current.counting).toBe(false)
  const zoomedOut = expected(wide, 'country')
  expect(result.current.drawn).toEqual(zoomedOut.drawn)
  expect(result.current.lanes).toEqual(zoomedOut.lanes)

  rerender({ shown: narrow, lanes: 'country' })
  expect(result.current.counting).toBe(true)
  // The last answer stays drawn while the next is counted.
  expect(result.current.drawn).toEqual(zoomedOut.drawn)
  await engine.answerAll()
  expect(result.current.counting).toBe(false)
  expect(result.current.drawn).toEqual(expected(narrow, 'country').drawn)
  expect(engine.problems).toEqual([])
  expect(engine.kinds).toEqual(new Set(['events', 'period-counts']))
})
