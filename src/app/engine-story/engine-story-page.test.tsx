import type { ServerResponse } from 'node:http'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import type { AnswerOf } from '../../dataset/query/answers'
import { ARROW_STREAM, answerToArrow } from '../../dataset/query/arrow-answers'
import { NO_FILTER, type QueryDescription } from '../../dataset/query/query-description'
import { serviceHeldStory } from '../../state/query/engine-held'
import { memoryAnswerer } from '../../state/query/memory-answerer'
import { buildStory } from '../../testing/build-story'
import { loopbackEngine } from '../../testing/loopback-engine'
import { EngineStoryPage } from './engine-story-page'

// The page of a story an engine holds, against a real HTTP server on loopback answering as the
// service does (Arrow, each description checked): everything it draws comes from the answers' rows.

const story = buildStory()
const memory = memoryAnswerer(story)
const closers: Array<() => Promise<void>> = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
})

async function arrow(query: QueryDescription, response: ServerResponse) {
  const answer: AnswerOf<QueryDescription['kind']> = await memory.answer(query)
  response.writeHead(200, { 'Content-Type': ARROW_STREAM })
  response.end(answerToArrow(query, answer))
}

test('the story’s frame, its first events and a chosen event’s details, all from the engine’s answers', async () => {
  const asked: string[] = []
  const engine = await loopbackEngine((query, response) => {
    asked.push(query.kind)
    void arrow(query, response)
  })
  closers.push(engine.close)
  render(
    <QueryClientProvider client={new QueryClient()}>
      <EngineStoryPage held={serviceHeldStory(engine.url)} />
    </QueryClientProvider>,
  )
  expect(await screen.findByRole('heading', { level: 1, name: story.dataset.title })).toBeTruthy()
  const quotes = story.dataset.quotes.length
  // Its numbers and its span as the engine counted them (the span's years: the first and last instants).
  const years = [story.extent.start, story.extent.end].map((ms) => new Date(ms).getUTCFullYear())
  expect(
    screen.getByText(`${story.events.length} events, ${quotes} quote${quotes === 1 ? '' : 's'}`, {
      exact: false,
    }).textContent,
  ).toMatch(new RegExp(`From .*${years[0]} to .*${years[1]}$`))
  // What is not available for a story held by an engine is said, not broken.
  expect(screen.getByRole('note').textContent).toContain('not available yet')
  const list = await screen.findByRole('list')
  const items = within(list).getAllByRole('button')
  expect(items.map((item) => item.textContent)).toEqual(story.events.map((event) => event.title))

  const chosen = story.events[1]
  if (!chosen) throw new Error('the test story has two events')
  fireEvent.click(within(list).getByRole('button', { name: chosen.title }))
  const details = within(await screen.findByRole('region', { name: 'Event details' }))
  expect(await details.findByRole('heading', { name: chosen.title })).toBeTruthy()
  if (chosen.summary) expect(details.getByText(chosen.summary)).toBeTruthy()
  expect(asked.sort()).toEqual(['event-details', 'events', 'facet-counts', 'story-summary'])

  // A country chosen among the engine's counts: the list is the engine's answer under that filter.
  const filters = within(screen.getByRole('region', { name: 'Filters' }))
  const country = filters.getAllByRole('button')[0]
  if (!country) throw new Error('the engine counted no country')
  const [, code = '', count = ''] = /^\u2068(\w+)\u2069 \((\d+)\)$/.exec(country.textContent ?? '') ?? []
  fireEvent.click(country)
  const matching = story.events.filter((event) => event.countries.includes(code))
  expect(Number(count)).toBe(matching.length)
  expect(
    await screen.findByText(
      `The first ${matching.length} of ${matching.length} event${matching.length === 1 ? '' : 's'}, in time order.`,
    ),
  ).toBeTruthy()
  await waitFor(() =>
    expect(
      within(list)
        .getAllByRole('button')
        .map((item) => item.textContent),
    ).toEqual(matching.map((event) => event.title)),
  )
  expect(country.getAttribute('aria-pressed')).toBe('true')

  // A search within that country: the engine's answer, as the index answers the same filter.
  const word = (matching[0]?.title ?? '').split(' ')[0] ?? ''
  fireEvent.change(screen.getByLabelText('Search titles, summaries and quotes'), { target: { value: word } })
  const found = await memory.answer({
    kind: 'events',
    filter: { ...NO_FILTER, chosen: { ...NO_FILTER.chosen, country: [code] }, search: word },
    fields: ['title'],
    limit: 100,
    offset: 0,
  })
  expect(found.total).toBeGreaterThan(0)
  await waitFor(() =>
    expect(
      within(list)
        .getAllByRole('button')
        .map((item) => item.textContent),
    ).toEqual(found.rows.map((row) => row.title)),
  )
})

test('an engine that cannot answer is said in the page’s frame, with a way to ask again', async () => {
  const engine = await loopbackEngine((_query, response) => {
    response.writeHead(500, { 'Content-Type': 'text/plain' })
    response.end('the engine ran out of memory')
  })
  closers.push(engine.close)
  render(
    <QueryClientProvider client={new QueryClient()}>
      <EngineStoryPage held={serviceHeldStory(engine.url)} />
    </QueryClientProvider>,
  )
  // In the page's frame, and said once in its live region (not an alert of its own).
  const said = await screen.findAllByText(/^The query engine failed to answer\./)
  expect(said.length).toBeGreaterThan(0)
  expect(screen.queryByRole('alert')).toBeNull()
  expect(screen.queryByRole('heading', { level: 1 })).toBeNull()
})
