import { fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { DetailsPanel } from '../features/details/details-panel'
import { PrintedList } from '../features/print/printed-list'
import { NOTHING_CHOSEN } from '../state/facets/facet-table'
import type { AnswerSource } from '../state/query/answer-source'
import { useSelectedEvent } from '../state/query/use-selected-event'
import type { ActiveFilters } from '../state/view-state'
import { buildStory } from '../testing/build-story'
import { answeringInArrow, httpSource, WithAnswers } from '../testing/engine-wrapper'
import { loopbackEngine, problems } from '../testing/loopback-engine'

// Views asking a real engine client (the HTTP answerer) of a real server on loopback that errs: the
// view whose question failed says so in the reader's words, with a way to ask again; the others,
// answered, draw as they would.

const story = buildStory()
const filters: ActiveFilters = { chosen: NOTHING_CHOSEN, search: '' }
const selectedId = story.events[1]?.id ?? ''
const closers: Array<() => Promise<void>> = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
})

const arrow = answeringInArrow(story)

function Views({ source }: { source: AnswerSource }) {
  const selection = useSelectedEvent(source, story, selectedId, filters)
  return (
    <>
      <DetailsPanel
        story={story}
        event={selection.event}
        hiddenByFilters={selection.hiddenByFilters}
        answering={selection}
        searchTerms={[]}
        onFilterBy={vi.fn()}
        onClearFilters={vi.fn()}
        onClose={vi.fn()}
        onStep={vi.fn()}
      />
      <PrintedList story={story} filters={filters} filtersInWords="" />
    </>
  )
}

test('a view whose question the engine fails says what to do; the others draw, and asking again answers it', async () => {
  let detailsFail = true
  const engine = await loopbackEngine((query, response) => {
    if (query.kind === 'event-details' && detailsFail) {
      response.writeHead(500, { 'Content-Type': 'text/plain' })
      response.end('the engine ran out of memory')
      return
    }
    arrow(query, response)
  })
  closers.push(engine.close)
  const source = httpSource(engine.url, 'loopback')
  render(
    <WithAnswers source={source}>
      <Views source={source} />
    </WithAnswers>,
  )
  const details = within(screen.getByRole('region', { name: 'Event details' }))
  // Said in the view (not a live region of its own: the page's announcer says it once).
  const problem = await details.findByText(/^The query engine failed to answer\./)
  expect(problem.textContent).toContain(
    'The query engine failed to answer. Try again; if it happens again, tell whoever runs the engine.',
  )
  expect(details.getByText('the event-details query (500): the engine ran out of memory')).toBeTruthy()
  // The printed list asked its own question of the same engine, and drew its answer.
  const printed = within(screen.getByRole('article', { name: 'The story, as printed' }))
  expect(await printed.findByText(story.events[0]?.title ?? '')).toBeTruthy()
  expect(printed.queryByText(/^The query engine/)).toBeNull()

  detailsFail = false
  fireEvent.click(details.getByRole('button', { name: 'Try again' }))
  expect(
    await details.findByRole('heading', { name: story.events[1]?.title ?? '' }, { timeout: 5000 }),
  ).toBeTruthy()
  expect(details.queryByText(/^The query engine/)).toBeNull()
})

test('a description the service refuses is said as a refusal, in the view that asked', async () => {
  const engine = await loopbackEngine((_query, response) =>
    problems(response, 400, ['filter.window: its start must be before its end']),
  )
  closers.push(engine.close)
  const source = httpSource(engine.url, 'refusing')
  render(
    <WithAnswers source={source}>
      <PrintedList story={story} filters={filters} filtersInWords="" />
    </WithAnswers>,
  )
  expect(await screen.findByText(/^The query engine refused this question\./)).toBeTruthy()
  expect(screen.getByText(/filter\.window: its start must be before its end/)).toBeTruthy()
})
