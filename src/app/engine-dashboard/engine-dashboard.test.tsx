import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import { NO_FILTER } from '../../dataset/query/query-description'
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
  // Actors by their ids (the engine's tables hold no names), under no kind's heading.
  const actors = within(filters.getAllByRole('group', { name: 'Actors' })[0] as HTMLElement)
  const actor = counts.rows.find((counted) => counted.facet === 'actor')
  expect(actors.getByLabelText(actor?.value ?? '')).toBeTruthy()

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
