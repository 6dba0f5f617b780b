import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import { type ReactNode, useState } from 'react'
import { expect, test } from 'vitest'
import type { Answerer, AnswerOf } from '../../dataset/query/answers'
import { parseQuery } from '../../dataset/query/parse-query'
import type { QueryDescription } from '../../dataset/query/query-description'
import { useDensityCounts } from '../../features/charts/use-density-counts'
import { useMapAnswers } from '../../features/map/use-map-answers'
import { useStoryQuotes } from '../../features/quotes/use-quotes'
import { NOTHING_CHOSEN } from '../../state/facets/facet-table'
import { AnswerSourceProvider, useMemoryAnswerSource } from '../../state/query/answer-source'
import { memoryAnswerer } from '../../state/query/memory-answerer'
import { useFacetCounts } from '../../state/query/use-facet-counts'
import { useListedEvents } from '../../state/query/use-listed-events'
import type { ActiveFilters } from '../../state/view-state'
import { buildStory } from '../../testing/build-story'

// The questions the views ask of a story held by an engine must be ones an engine takes: each is sent
// through JSON and checked as the service checks a request (parse-query.ts) before it is answered.

const story = buildStory()
const asked: string[] = []
const problems: string[] = []
const memory = memoryAnswerer(story)
const parsingEngine: Answerer = {
  answer<Query extends QueryDescription>(query: Query): Promise<AnswerOf<Query['kind']>> {
    const parsed = parseQuery(JSON.parse(JSON.stringify(query)))
    asked.push(query.kind)
    if (!parsed.ok) problems.push(`${query.kind}: ${parsed.problems.join('; ')}`)
    return memory.answer(query)
  },
}

function Engine({ children }: { children: ReactNode }) {
  const [client] = useState(() => new QueryClient())
  return (
    <QueryClientProvider client={client}>
      <AnswerSourceProvider source={{ kind: 'engine', identity: 'engine', answerer: parsingEngine }}>
        {children}
      </AnswerSourceProvider>
    </QueryClientProvider>
  )
}

function InMemory({ children }: { children: ReactNode }) {
  const [client] = useState(() => new QueryClient())
  return (
    <QueryClientProvider client={client}>
      <AnswerSourceProvider source={useMemoryAnswerSource(story)}>{children}</AnswerSourceProvider>
    </QueryClientProvider>
  )
}

test('every question the switched views ask parses as an engine checks it, and its answer draws as the page’s own index’s', async () => {
  const filters: ActiveFilters = {
    chosen: { ...NOTHING_CHOSEN, country: ['KP'] },
    search: 'letter',
  }
  const window = { start: Date.UTC(2023, 6, 1), end: Date.UTC(2023, 8, 1) }
  const selected = story.eventsById.get('letter')
  const views = () => ({
    counts: useFacetCounts(filters),
    listed: useListedEvents(story, filters, window),
    map: useMapAnswers(filters, window),
    quotes: useStoryQuotes(story, filters, undefined),
    selectedQuotes: useStoryQuotes(story, filters, selected),
    density: useDensityCounts(story.extent, filters),
  })
  const { result } = renderHook(views, { wrapper: Engine })
  // The same views over the page's own index, answered at once.
  const inMemory = renderHook(views, { wrapper: InMemory }).result.current
  await waitFor(() => {
    const answers = Object.values(result.current)
    expect(answers.every((answer) => !answer.counting)).toBe(true)
  })
  expect(problems).toEqual([])
  expect(new Set(asked)).toEqual(
    new Set(['facet-counts', 'events', 'map-countries', 'map-points', 'quotes', 'period-counts']),
  )
  const { counts, listed, map, quotes, selectedQuotes, density } = result.current
  expect(listed.events.map((event) => event.id)).toEqual(['colonial-rule', 'letter'])
  expect(listed.events).toEqual(inMemory.listed.events)
  expect(counts.counts).toEqual(inMemory.counts.counts)
  expect(map.counts).toEqual(inMemory.map.counts)
  expect(quotes.quotes).toEqual(inMemory.quotes.quotes)
  expect(selectedQuotes.quotes).toEqual(inMemory.selectedQuotes.quotes)
  expect(density.matched).toEqual(inMemory.density.matched)
  expect(density.frame).toEqual(inMemory.density.frame)
})
