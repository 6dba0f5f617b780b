import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { PANEL_NAMES, PanelErrorBoundary } from '../../components/panel-error-boundary'
import { NOTHING_CHOSEN } from '../../state/facets/facet-table'
import { filterStory } from '../../state/matching-events'
import { type AnswerSource, AnswerSourceProvider } from '../../state/query/answer-source'
import { memoryIndex } from '../../state/query/memory-index'
import { buildStory } from '../../testing/build-story'

function renderCharts(Charts: typeof import('./charts-after-first-view').ChartsAfterFirstView) {
  const story = buildStory()
  const filters = { chosen: NOTHING_CHOSEN, search: '' }
  const { counts } = filterStory(story, filters)
  const visibleWindow = { start: Date.UTC(2023, 0, 1), end: Date.UTC(2024, 0, 1) }
  const answers: AnswerSource = { kind: 'immediate', identity: 'test', index: memoryIndex(story) }
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <AnswerSourceProvider source={answers}>
        <PanelErrorBoundary name={PANEL_NAMES.charts}>
          <Charts
            story={story}
            filters={filters}
            counts={counts}
            countsError={null}
            countsRetry={() => {}}
            countsRetrying={false}
            visibleWindow={visibleWindow}
            onWindowChange={() => {}}
            onToggle={() => {}}
          />
        </PanelErrorBoundary>
      </AnswerSourceProvider>
    </QueryClientProvider>,
  )
}

// The charts after the first view.
afterEach(() => {
  vi.doUnmock('../../features/charts/charts-panel')
  vi.resetModules()
})

test('says they are loading, then shows them', async () => {
  const { ChartsAfterFirstView } = await import('./charts-after-first-view')
  renderCharts(ChartsAfterFirstView)
  expect(screen.getByRole('status').textContent).toContain('Loading charts…')
  expect(await screen.findAllByText(/Events per/, {}, { timeout: 5000 })).not.toHaveLength(0)
  expect(screen.queryByText('Loading charts…')).toBeNull()
})

test('says the charts stopped working when their code cannot load, and the rest is untouched', async () => {
  vi.resetModules()
  vi.doMock('../../features/charts/charts-panel', () => {
    throw new Error('Failed to fetch dynamically imported module')
  })
  vi.spyOn(console, 'error').mockImplementation(() => {})
  const { ChartsAfterFirstView } = await import('./charts-after-first-view')
  renderCharts(ChartsAfterFirstView)
  const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
  expect(alert.textContent).toContain('Charts stopped working.')
})
