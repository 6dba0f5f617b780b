import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import { NO_FILTER } from '../../dataset/query/query-description'
import { QUERY_LIMITS } from '../../dataset/query/query-limits'
import { useOpenFiles } from '../../features/data-io/use-open-files'
import type { EngineHeldStory } from '../../state/query/engine-held'
import { memoryAnswerer } from '../../state/query/memory-answerer'
import { navigate } from '../../state/url-store'
import { buildStory } from '../../testing/build-story'
import { answeringInArrow, httpSource, WithAnswers } from '../../testing/engine-wrapper'
import { loopbackEngine } from '../../testing/loopback-engine'
import { syntheticQueryStory } from '../../testing/query-stories'
import { EngineDashboard } from './engine-dashboard'

// The quotes of a story an engine holds, from a real HTTP server on loopback answering as the service
// does (Arrow): the page holds no quote; the panel draws the engine's rows.

const closers: Array<() => Promise<void>> = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
  navigate('', 'replace')
})

async function engineOver(story: ReturnType<typeof buildStory>) {
  const engine = await loopbackEngine(answeringInArrow(story))
  closers.push(engine.close)
  return engine
}

function Dashboard({ held }: { held: EngineHeldStory }) {
  const opening = useOpenFiles(() => {})
  return <EngineDashboard held={held} source={{ opening, onOpenBuiltin: () => navigate('', 'push') }} />
}

test('the matching events’ quotes, then a quote’s event chosen: it is selected, its quotes shown', async () => {
  const story = buildStory()
  const engine = await engineOver(story)
  render(
    <WithAnswers>
      <Dashboard held={{ where: { kind: 'service', endpoint: '/query' }, answers: httpSource(engine.url) }} />
    </WithAnswers>,
  )
  const [quote] = [...story.quotesByEvent.values()].flat()
  if (!quote) throw new Error('the test story quotes someone')
  const region = await screen.findByRole('region', { name: 'Quotes' })
  const quotes = within(region)
  // Its words as text, marks and all, as the engine gave them.
  expect(await quotes.findByText(quote.text, { exact: false })).toBeTruthy()
  expect(quotes.getByText('1 from matching events')).toBeTruthy()
  // Its speaker by the name the engine gives (the page holds no actor).
  const speaker = quote.speaker === undefined ? undefined : story.actorsById.get(quote.speaker)
  if (!speaker) throw new Error('the test story’s quote has a speaker')
  expect(quotes.getByText(speaker.name)).toBeTruthy()
  fireEvent.click(quotes.getByRole('button', { name: /^Show the event of the quote/ }))
  await waitFor(() => expect(new URLSearchParams(window.location.search).get('event')).toBe(quote.event))
  expect(await quotes.findByText('1 from this event')).toBeTruthy()
  // The selected event's quote: its date is the engine's row's, and no button shows what is shown.
  const event = story.eventsById.get(quote.event)
  await waitFor(() => expect(quotes.getByText(quote.text, { exact: false })).toBeTruthy())
  expect(quotes.queryByRole('button', { name: /^Show the event/ })).toBeNull()
  await waitFor(() => expect(region.querySelector('time')?.getAttribute('dateTime')).toBe(event?.date))
})

// More quotes than the engine lists in one answer: 20% of the events quoted, ~11,000 quotes.
const crowded = syntheticQueryStory(50_000)

test('past the engine’s cap the panel says how many of how many quotes it shows', async () => {
  const engine = await engineOver(crowded)
  const all = await memoryAnswerer(crowded).answer({
    kind: 'quotes',
    filter: NO_FILTER,
    event: null,
    limit: Number.MAX_SAFE_INTEGER,
  })
  expect(all.total).toBeGreaterThan(QUERY_LIMITS.quotes)
  render(
    <WithAnswers>
      <Dashboard held={{ where: { kind: 'service', endpoint: '/query' }, answers: httpSource(engine.url) }} />
    </WithAnswers>,
  )
  const shown = QUERY_LIMITS.quotes.toLocaleString('en')
  const quotes = within(await screen.findByRole('region', { name: 'Quotes' }, { timeout: 20_000 }))
  expect(
    await quotes.findByText(
      `The first ${shown} of ${all.total.toLocaleString('en')} from matching events`,
      {},
      { timeout: 20_000 },
    ),
  ).toBeTruthy()
}, 30_000)
