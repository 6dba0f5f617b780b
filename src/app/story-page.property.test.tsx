import { render, screen, within } from '@testing-library/react'
import fc from 'fast-check'
import { afterEach, expect, test, vi } from 'vitest'
import { validDataset } from '../testing/dataset-arbitraries'
import { serveDataset } from '../testing/serve-dataset'
import { App } from './app'

afterEach(() => {
  vi.unstubAllGlobals()
  window.history.replaceState(null, '', '/')
})

test('any valid dataset renders: its title, every event in the list, and no injected element', async () => {
  await fc.assert(
    fc.asyncProperty(validDataset, async (dataset) => {
      serveDataset(JSON.stringify(dataset))
      const { container, unmount } = render(<App datasetUrl="/generated.json" />)
      try {
        // Waited for as long as a busy machine takes (the default second is a guess about speed).
        const list = within(await screen.findByRole('region', { name: 'Events' }, { timeout: 30_000 }))
        expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(dataset.title.trim())
        expect(list.getAllByRole('listitem')).toHaveLength(dataset.events.length)
        expect(container.querySelector('img, script, svg[onload]')).toBeNull()
      } finally {
        unmount()
      }
    }),
    { numRuns: 15 },
  )
}, 600_000)

test('any link renders the built-in shape of page without crashing', async () => {
  await fc.assert(
    fc.asyncProperty(fc.string({ maxLength: 120 }), async (query) => {
      window.history.replaceState(null, '', `/?${encodeURI(query).replaceAll('#', '%23')}`)
      serveDataset(JSON.stringify(await fc.sample(validDataset, { numRuns: 1, seed: 1 })[0]))
      const { unmount } = render(<App datasetUrl="/generated.json" />)
      try {
        expect(
          await screen.findByRole('region', { name: 'Filters' }, { timeout: 30_000 }),
        ).toBeInTheDocument()
      } finally {
        unmount()
      }
    }),
    { numRuns: 15 },
  )
}, 600_000)
