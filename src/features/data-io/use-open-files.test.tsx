import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { expect, test, vi } from 'vitest'
import { buildDataset } from '../../testing/builders'
import { useOpenFiles } from './use-open-files'

function renderOpening() {
  const client = new QueryClient()
  const onOpened = vi.fn()
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  )
  const { result } = renderHook(() => useOpenFiles(onOpened), { wrapper })
  return { result, onOpened }
}

const file = (name: string, text: string) => new File([text], name)

test('a valid file is opened and handed over with its name; nothing is left pending or failed', async () => {
  const { result, onOpened } = renderOpening()
  act(() => result.current.open([file('story.json', JSON.stringify(buildDataset({ title: 'Mine' })))]))
  await waitFor(() => expect(onOpened).toHaveBeenCalledTimes(1))
  expect(onOpened.mock.calls[0]?.[0].dataset.title).toBe('Mine')
  expect(onOpened.mock.calls[0]?.[1]).toBe('story.json')
  expect(result.current.pending).toBe(false)
  expect(result.current.error).toBeNull()
})

test('a file that fails says why and hands nothing over; dismissing forgets it', async () => {
  const { result, onOpened } = renderOpening()
  act(() => result.current.open([file('broken.json', '{ "title": ')]))
  await waitFor(() => expect(result.current.error).not.toBeNull())
  expect(result.current.error?.message).toBe('broken.json is not valid JSON.')
  expect(result.current.name).toBe('broken.json')
  expect(onOpened).not.toHaveBeenCalled()
  act(() => result.current.dismiss())
  await waitFor(() => expect(result.current.error).toBeNull())
  expect(result.current.name).toBeNull()
})

test('only the latest of two openings counts', async () => {
  const { result, onOpened } = renderOpening()
  act(() => {
    result.current.open([file('first.json', JSON.stringify(buildDataset({ title: 'First' })))])
    result.current.open([file('second.json', JSON.stringify(buildDataset({ title: 'Second' })))])
  })
  await waitFor(() => expect(result.current.pending).toBe(false))
  expect(onOpened.mock.calls.map(([story]) => story.dataset.title)).toEqual(['Second'])
})
