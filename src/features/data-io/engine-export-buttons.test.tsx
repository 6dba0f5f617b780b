import { fireEvent, render, screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import type { Answerer } from '../../dataset/query/answers'
import { NOTHING_CHOSEN } from '../../state/facets/facet-table'
import { memoryAnswerer } from '../../state/query/memory-answerer'
import type { ActiveFilters } from '../../state/view-state'
import { WithAnswers } from '../../testing/engine-wrapper'
import { syntheticQueryStory } from '../../testing/query-stories'
import { MOST_EXPORTED } from './engine-export'
import { EngineExportButtons } from './engine-export-buttons'

const story = syntheticQueryStory(200)
const memory = memoryAnswerer(story)
const country = story.events[0]?.countries[0] ?? 'KP'

/** An engine whose unfiltered events number more than a tab exports; one country's, as the story's. */
const tooManyUnfiltered: Answerer = {
  answer: async (query) => {
    const answer = await memory.answer(query)
    if (query.kind !== 'events' || query.filter.chosen.country.length > 0 || !('total' in answer))
      return answer
    return { ...answer, total: MOST_EXPORTED + 5 }
  },
}
const source = { kind: 'engine', identity: 'too-many-unfiltered', answerer: tooManyUnfiltered } as const

const buttons = (filters: ActiveFilters, matchingCount: number) => (
  <WithAnswers source={source}>
    <EngineExportButtons filters={filters} matchingCount={matchingCount} title="T" sourceTitle="S" />
  </WithAnswers>
)

test('"too many to export" holds for the filters it was counted under: narrowing them offers the export again', async () => {
  const all: ActiveFilters = { chosen: NOTHING_CHOSEN, search: '' }
  // The count shown is an older one (kept while the engine counts), under the export's limit.
  const { rerender } = render(buttons(all, 50))
  fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }))
  expect(await screen.findByText(/a browser tab exports at most/)).toHaveAttribute('role', 'status')
  expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled()

  rerender(buttons({ chosen: { ...NOTHING_CHOSEN, country: [country] }, search: '' }, 20))
  expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled()
  expect(screen.queryByText(/a browser tab exports at most/)).toBeNull()
})

test('while it exports, only the progress line is a status (announced at each page), not Cancel and the note', async () => {
  const held: Answerer = { answer: () => new Promise(() => undefined) }
  render(
    <WithAnswers source={{ kind: 'engine', identity: 'held', answerer: held }}>
      <EngineExportButtons
        filters={{ chosen: NOTHING_CHOSEN, search: '' }}
        matchingCount={50}
        title="T"
        sourceTitle="S"
      />
    </WithAnswers>,
  )
  fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }))
  await screen.findByRole('button', { name: 'Cancel' })
  const statuses = screen.getAllByRole('status')
  expect(statuses).toHaveLength(1)
  expect(statuses[0]?.querySelector('button, p')).toBeNull()
  expect(statuses[0]?.textContent).not.toBe('')
})
