import type { ServerResponse } from 'node:http'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import type { Answer } from '../../dataset/query/answers'
import { ARROW_STREAM, answerToArrow } from '../../dataset/query/arrow-answers'
import { NO_FILTER, type QueryDescription } from '../../dataset/query/query-description'
import { useOpenFiles } from '../../features/data-io/use-open-files'
import type { EngineHeldStory } from '../../state/query/engine-held'
import { memoryAnswerer } from '../../state/query/memory-answerer'
import { navigate } from '../../state/url-store'
import { buildStory } from '../../testing/build-story'
import { answeringInArrow, httpSource, WithAnswers } from '../../testing/engine-wrapper'
import { loopbackEngine } from '../../testing/loopback-engine'
import { EngineDashboard } from './engine-dashboard'

// The dashboard of a story an engine holds, against a real HTTP server on loopback answering as the
// service does (Arrow, each description checked): the page holds no event; the frame, the filters,
// the list and the details are drawn from the engine's answers.

const story = buildStory()
const memory = memoryAnswerer(story)
const closers: Array<() => Promise<void>> = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
  navigate('', 'replace')
})

function Dashboard({ held }: { held: EngineHeldStory }) {
  const opening = useOpenFiles(() => {})
  return <EngineDashboard held={held} source={{ opening, onOpenBuiltin: () => navigate('', 'push') }} />
}

async function held(reply = answeringInArrow(story)): Promise<EngineHeldStory> {
  const engine = await loopbackEngine(reply)
  closers.push(engine.close)
  return { where: { kind: 'service', endpoint: '/query' }, answers: httpSource(engine.url) }
}

test('the frame, every facet’s counts, the list and a chosen event’s details come from the engine', async () => {
  render(
    <WithAnswers>
      <Dashboard held={await held()} />
    </WithAnswers>,
  )
  expect(await screen.findByRole('heading', { level: 1, name: story.dataset.title })).toBeTruthy()
  expect(screen.getByText(/^This story is held by the query engine at/)).toBeTruthy()
  const filters = within(screen.getByRole('region', { name: 'Filters' }))
  const all = story.events.length
  expect(await filters.findByText(`${all} of ${all} events match`)).toBeTruthy()
  // Each country the engine counted, with its count: the index's count for it.
  const counts = await memory.answer({
    kind: 'facet-counts',
    filter: NO_FILTER,
    facets: ['country', 'actor'],
    adding: [],
    limit: 100,
  })
  const countries = within(filters.getByRole('group', { name: 'Countries' }))
  for (const row of counts.rows.filter((counted) => counted.facet === 'country'))
    expect(countries.getByRole('checkbox', { description: new RegExp(`${row.count}`) })).toBeTruthy()
  // Actors by the names the engine gives (its ids stay the filters' values), under no kind's heading.
  const actors = within(filters.getAllByRole('group', { name: 'Actors' })[0] as HTMLElement)
  const actor = counts.rows.find((counted) => counted.facet === 'actor')
  expect(actor?.name).toBe(story.actorsById.get(actor?.value ?? '')?.name)
  expect(actors.getByLabelText(actor?.name ?? '')).toBeTruthy()
  expect(actors.queryByLabelText(actor?.value ?? '')).toBeNull()

  // The list: every matching event, in time order, from the engine's rows.
  const list = within(screen.getByRole('region', { name: 'Events' }))
  await waitFor(() =>
    expect(
      list.getAllByRole('button').map((item) => item.querySelector('.event-title')?.textContent),
    ).toEqual(story.events.map((event) => event.title)),
  )
  const chosen = story.events[1]
  if (!chosen) throw new Error('the test story has two events')
  fireEvent.click(list.getAllByRole('button')[1] as HTMLElement)
  const details = within(screen.getByRole('region', { name: 'Event details' }))
  expect(await details.findByRole('heading', { name: chosen.title })).toBeTruthy()
  expect(window.location.search).toContain(`event=${chosen.id}`)
  // Its actors by name ("Kim Jong Un", not "kim"); choosing one filters by its id.
  const named = chosen.actors.map((id) => story.actorsById.get(id)?.name ?? '')
  expect(named).toEqual(['Kim Jong Un', 'Russia'])
  for (const name of named) expect(details.getAllByRole('button', { name })).not.toHaveLength(0)
  expect(details.queryByRole('button', { name: 'kim' })).toBeNull()
  fireEvent.click(details.getByRole('button', { name: 'Kim Jong Un' }))
  await waitFor(() => expect(new URLSearchParams(window.location.search).get('actor')).toBe('kim'))
  fireEvent.click(actors.getByLabelText('Kim Jong Un'))
  await waitFor(() => expect(new URLSearchParams(window.location.search).get('actor')).toBeNull())

  // A country chosen: the list is the engine's answer under it, and the link says it.
  const code = counts.rows.find((counted) => counted.facet === 'country')?.value ?? ''
  fireEvent.click(countries.getAllByRole('checkbox')[0] as HTMLElement)
  const matching = story.events.filter((event) => event.countries.includes(code))
  await waitFor(() => expect(list.getAllByRole('button')).toHaveLength(matching.length))
  expect(new URLSearchParams(window.location.search).get('country')).toBe(code)
})

test('an engine that cannot answer is said in the page, with a way to ask again', async () => {
  render(
    <WithAnswers>
      <Dashboard
        held={
          await held((_query, response) => {
            response.writeHead(500, { 'Content-Type': 'text/plain' })
            response.end('the engine ran out of memory')
          })
        }
      />
    </WithAnswers>,
  )
  expect(await screen.findByText(/^The query engine failed to answer\./)).toBeTruthy()
  expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy()
  expect(screen.queryByRole('heading', { level: 1 })).toBeNull()
})

test('a story whose engine holds no names (a layout file of version 1) says its actors are named by ids', async () => {
  // The service's answers as a version 1 file gives them: no names, and the summary saying so.
  const memoryReply = answeringInArrow(story)
  const unnamed = (query: QueryDescription, response: ServerResponse) => {
    if (query.kind !== 'story-summary' && query.kind !== 'facet-counts') return memoryReply(query, response)
    void memory.answer(query).then((answer) => {
      const rows = answer.rows.map((row) =>
        'named' in row ? { ...row, named: false } : 'name' in row ? { ...row, name: null } : row,
      )
      response.writeHead(200, { 'Content-Type': ARROW_STREAM })
      response.end(answerToArrow(query, { ...answer, rows } as Answer))
    })
  }
  render(
    <WithAnswers>
      <Dashboard held={await held(unnamed)} />
    </WithAnswers>,
  )
  expect(
    await screen.findByText(/only by their ids: it was made before the engine kept their names/),
  ).toBeTruthy()
  const filters = within(screen.getByRole('region', { name: 'Filters' }))
  const actors = within((await filters.findAllByRole('group', { name: 'Actors' }))[0] as HTMLElement)
  expect(actors.getByLabelText('kim')).toBeTruthy()
})
