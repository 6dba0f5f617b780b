import { readFileSync } from 'node:fs'
import { render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { buildDataset, buildEvent } from '../testing/builders'
import { serveDataset } from '../testing/serve-dataset'
import { App } from './app'

afterEach(() => {
  vi.unstubAllGlobals()
})

test('the built-in story shows its title, source and events in time order', async () => {
  serveDataset(readFileSync('public/data/kim-putin-letters.json', 'utf8'))
  render(<App datasetUrl="/data/kim-putin-letters.json" />)
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Kim and Putin pledge closer ties' }),
  ).toBeVisible()
  expect(screen.getByText(/published/)).toHaveTextContent('published 15 August 2023')
  const events = within(screen.getByRole('region', { name: /Events/ })).getAllByRole('listitem')
  expect(events).toHaveLength(16)
  expect(events[0]).toHaveTextContent('1910–1945')
  expect(events[0]).toHaveTextContent('Japan rules Korea as a colony')
  expect(events.at(-1)).toHaveTextContent('18 August 2023')
  expect(events.at(-1)).toHaveTextContent('Scheduled')
})

test('an invalid dataset shows each problem with its place instead of a blank page', async () => {
  const dataset = buildDataset()
  serveDataset(
    JSON.stringify({ ...dataset, events: [buildEvent({ date: '2023-02-30', actors: ['ghost'] })] }),
  )
  render(<App datasetUrl="/broken.json" />)
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('The dataset could not be opened')
  // The problems' words load with the first failure.
  await waitFor(() => expect(alert).toHaveTextContent('events[0].date: expected a calendar date that exists'))
  expect(alert).toHaveTextContent('found "2023-02-30"')
})

test('a file that is not JSON says where the syntax breaks', async () => {
  serveDataset('{\n  "title": "x",\n  oops\n}')
  render(<App datasetUrl="/broken.json" />)
  const alert = await screen.findByRole('alert')
  await waitFor(() => expect(alert).toHaveTextContent('line 3, column 3: expected valid JSON'))
})

test('a missing file says so', async () => {
  serveDataset('not found', 404)
  render(<App datasetUrl="/missing.json" />)
  const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
  await waitFor(() =>
    expect(alert).toHaveTextContent('Could not load /missing.json: the server answered 404.'),
  )
})

test('text from the dataset is rendered as text, never as HTML', async () => {
  const hostile = '<img src=x onerror="window.hacked=1">'
  serveDataset(
    JSON.stringify(
      buildDataset({ title: hostile, events: [buildEvent({ title: hostile, summary: hostile })] }),
    ),
  )
  const { container } = render(<App datasetUrl="/hostile.json" />)
  expect(await screen.findByRole('heading', { level: 1, name: hostile })).toBeVisible()
  expect(container.querySelector('img')).toBeNull()
})
