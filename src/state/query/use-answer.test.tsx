import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { expect, test, vi } from 'vitest'
import type { Answerer, AnswerOf } from '../../dataset/query/answers'
import { NO_FILTER, type QueryDescription } from '../../dataset/query/query-description'
import { buildStory } from '../../testing/build-story'
import { type AnswerSource, AnswerSourceProvider } from './answer-source'
import { memoryAnswerer } from './memory-answerer'
import { memoryIndex } from './memory-index'
import { answerMapCountries } from './memory-map'
import { queryKey } from './query-key'
import { useAnswer } from './use-answer'

const story = buildStory()
const countriesOf = (country: string[]) =>
  ({ kind: 'map-countries', filter: { ...NO_FILTER, chosen: { ...NO_FILTER.chosen, country } } }) as const

// What a view drew on each of its renders.
function Countries({ country, drawn }: { country: string[]; drawn: string[] }) {
  const { answer, counting } = useAnswer(countriesOf(country), answerMapCountries)
  const text = answer ? answer.rows.map((row) => `${row.country} ${row.count}`).join(', ') : 'nothing yet'
  drawn.push(counting ? `${text} (counting)` : text)
  return <p>{text}</p>
}

function wrapper(source: AnswerSource) {
  const client = new QueryClient()
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <AnswerSourceProvider source={source}>{children}</AnswerSourceProvider>
    </QueryClientProvider>
  )
}

test('the in-memory index answers on the render that asks, and on each new question’s first render', async () => {
  const source: AnswerSource = { kind: 'immediate', identity: 'a', index: memoryIndex(story) }
  const drawn: string[] = []
  const { rerender } = render(<Countries country={[]} drawn={drawn} />, { wrapper: wrapper(source) })
  expect(drawn).toEqual(['KP 3, RU 2'])
  rerender(<Countries country={['RU']} drawn={drawn} />)
  // Russia's two events are Kim's too, who is North Korea's.
  expect(drawn).toEqual(['KP 3, RU 2', 'KP 2, RU 2'])
  // Nor a render later: the cache's notice of the new answer draws nothing again.
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(drawn).toEqual(['KP 3, RU 2', 'KP 2, RU 2'])
  expect(drawn.every((text) => !text.includes('counting') && text !== 'nothing yet')).toBe(true)
})

/** The in-memory index made to answer when the test says, as an engine answers later. */
function laterAnswerer(): Answerer & { answerAll: () => Promise<void>; asked: number } {
  const engine = memoryAnswerer(story)
  const waiting: Array<() => void> = []
  return {
    asked: 0,
    answer<Query extends QueryDescription>(query: Query): Promise<AnswerOf<Query['kind']>> {
      this.asked++
      return new Promise((resolve) => waiting.push(() => resolve(engine.answerNow(query))))
    },
    async answerAll() {
      // The question is put to the engine once the view's query has subscribed.
      await vi.waitFor(() => expect(waiting.length).toBeGreaterThan(0))
      await act(async () => {
        for (const answer of waiting.splice(0)) answer()
      })
    },
  }
}

test('an engine’s answer comes later; the last one stays on screen while the next is counted', async () => {
  const engine = laterAnswerer()
  const drawn: string[] = []
  const { rerender } = render(<Countries country={[]} drawn={drawn} />, {
    wrapper: wrapper({ kind: 'engine', identity: 'b', answerer: engine }),
  })
  expect(drawn.at(-1)).toBe('nothing yet (counting)')
  await engine.answerAll()
  expect(await screen.findByText('KP 3, RU 2')).toBeVisible()
  expect(drawn.at(-1)).toBe('KP 3, RU 2')
  rerender(<Countries country={['RU']} drawn={drawn} />)
  expect(drawn.at(-1)).toBe('KP 3, RU 2 (counting)')
  await engine.answerAll()
  expect(await screen.findByText('KP 2, RU 2')).toBeVisible()
  expect(drawn.at(-1)).toBe('KP 2, RU 2')
  // Asked again, a question already answered is the cache's, not the engine's.
  rerender(<Countries country={[]} drawn={drawn} />)
  expect(drawn.at(-1)).toBe('KP 3, RU 2')
  expect(engine.asked).toBe(2)
})

test('one question is one key whatever the order of its fields or its chosen values', () => {
  const a = countriesOf(['RU', 'KP'])
  const b = {
    filter: { window: null, area: null, search: '', chosen: { ...a.filter.chosen, country: ['KP', 'RU'] } },
    kind: 'map-countries',
  } as const
  expect(queryKey(a)).toBe(queryKey(b))
  expect(queryKey(a)).not.toBe(queryKey(countriesOf(['KP'])))
  // A list of fields keeps its order: it is answered in that order.
  const fields = (order: Array<'title' | 'date'>) =>
    queryKey({ kind: 'events', filter: NO_FILTER, fields: order, limit: 5, offset: 0 })
  expect(fields(['title', 'date'])).not.toBe(fields(['date', 'title']))
})

/** Asks the countries' question, or none. */
function Asks({ asking }: { asking: boolean }) {
  const { answer, counting } = useAnswer(asking ? countriesOf([]) : null, answerMapCountries)
  return <p>{answer ? 'answered' : counting ? 'counting' : 'not asked'}</p>
}

test('no question asked (null): no answer, nothing counted, nothing put to the engine', async () => {
  const engine = laterAnswerer()
  const { rerender } = render(<Asks asking={false} />, {
    wrapper: wrapper({ kind: 'engine', identity: 'c', answerer: engine }),
  })
  expect(screen.getByText('not asked')).toBeVisible()
  await new Promise((resolve) => setTimeout(resolve, 20))
  expect(engine.asked).toBe(0)
  rerender(<Asks asking />)
  expect(screen.getByText('counting')).toBeVisible()
  await engine.answerAll()
  expect(await screen.findByText('answered')).toBeVisible()
  expect(engine.asked).toBe(1)
})

test('a failure of another story’s question shows none of the last story’s answer', async () => {
  const first = laterAnswerer()
  const down: Answerer = { answer: () => Promise.reject(new Error('the engine is down')) }
  const client = new QueryClient()
  const drawn: string[] = []
  const page = (source: AnswerSource) => (
    <QueryClientProvider client={client}>
      <AnswerSourceProvider source={source}>
        <Countries country={[]} drawn={drawn} />
      </AnswerSourceProvider>
    </QueryClientProvider>
  )
  const { rerender } = render(page({ kind: 'engine', identity: 'first story', answerer: first }))
  await first.answerAll()
  expect(await screen.findByText('KP 3, RU 2')).toBeVisible()
  // Another file opened, the same view kept: its engine fails on the first question.
  rerender(page({ kind: 'engine', identity: 'second story', answerer: down }))
  await vi.waitFor(() => expect(drawn.at(-1)).toBe('nothing yet'))
  expect(screen.queryByText('KP 3, RU 2')).toBeNull()
})
