import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test, vi } from 'vitest'
import { indexStory } from '../../dataset/story-index'
import { NOTHING_CHOSEN } from '../../state/facets/facet-table'
import { filterStory } from '../../state/matching-events'
import { generateDataset } from '../../testing/synthetic-dataset'
import { FiltersPanel } from './filters-panel'

const story = indexStory(generateDataset(10_000, 2))
const people = story.dataset.actors.filter((actor) => actor.kind === 'person')
const onToggle = vi.fn()

test('a kind with many actors lists the busiest twenty, with a chosen one kept, and all on demand', async () => {
  expect(people.length).toBeGreaterThan(30)
  const quiet = [...people].sort(
    (a, b) =>
      story.events.filter((e) => e.actors.includes(a.id)).length -
      story.events.filter((e) => e.actors.includes(b.id)).length,
  )[0]
  const filters = { chosen: { ...NOTHING_CHOSEN, actor: [quiet?.id ?? ''] }, search: '' }
  render(
    <FiltersPanel
      story={story}
      total={story.events.length}
      filters={filters}
      counts={filterStory(story, filters).counts}
      matchingCount={0}
      problem={{ error: null, retry: vi.fn() }}
      onToggle={onToggle}
      onSearch={vi.fn()}
      onClearFilters={vi.fn()}
    />,
  )
  const group = () => within(screen.getByRole('group', { name: 'People' }))
  const boxes = group().getAllByRole('checkbox')
  expect(boxes).toHaveLength(21)
  expect(group().getByLabelText(quiet?.name ?? '')).toBeChecked()
  const shownCounts = boxes
    .slice(0, 20)
    .map((box) => Number(box.closest('li')?.querySelector('.facet-count')?.textContent?.replace(/\D/g, '')))
  expect(shownCounts).toEqual([...shownCounts].sort((a, b) => b - a))

  await userEvent.click(group().getByRole('button', { name: `Show all ${people.length}` }))
  // Counted by selector: a role query over 200-odd checkboxes takes seconds in jsdom.
  const people_ = screen.getByRole('group', { name: 'People' })
  expect(people_.querySelectorAll('input[type=checkbox]')).toHaveLength(people.length)
  const label = Array.from(people_.querySelectorAll('label')).find(
    (one) => one.textContent === people[0]?.name,
  )
  const first = label ? document.getElementById(label.htmlFor) : null
  if (!first) throw new Error('no checkbox')
  await userEvent.click(first)
  expect(onToggle).toHaveBeenCalledWith('actor', people[0]?.id)
})

test('an engine’s actors (no kinds) are one list under the legend once, not twice', () => {
  const vocabulary = {
    countryCodes: ['UA'],
    actorsById: new Map([
      ['police', { id: 'police', name: 'Police Forces' }],
      ['rebels', { id: 'rebels', name: 'Rebel Group' }],
    ]),
    categoriesById: new Map(),
  }
  render(
    <FiltersPanel
      story={vocabulary}
      total={2}
      filters={{ chosen: NOTHING_CHOSEN, search: '' }}
      counts={filterStory(story, { chosen: NOTHING_CHOSEN, search: '' }).counts}
      matchingCount={2}
      problem={{ error: null, retry: vi.fn() }}
      onToggle={onToggle}
      onSearch={vi.fn()}
      onClearFilters={vi.fn()}
    />,
  )
  expect(screen.getAllByText('Actors', { selector: 'legend' })).toHaveLength(1)
  const actors = within(screen.getByRole('group', { name: 'Actors' }))
  expect(actors.getAllByRole('checkbox').map((box) => box.closest('li')?.textContent)).toEqual([
    expect.stringContaining('Police Forces'),
    expect.stringContaining('Rebel Group'),
  ])
})
