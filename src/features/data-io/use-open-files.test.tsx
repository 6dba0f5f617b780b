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
  expect(onOpened.mock.calls[0]?.[0].story.dataset.title).toBe('Mine')
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
  expect(onOpened.mock.calls.map(([opened]) => opened.story.dataset.title)).toEqual(['Second'])
})

test('a sheet whose names do not say what its columns hold stops at the mapping step; the choice opens it and is remembered', async () => {
  localStorage.clear()
  const { result, onOpened } = renderOpening()
  const csv = 'Cuándo,Qué\n24/02/2022,Invasión\n03/03/2022,Conversaciones\n'
  act(() => result.current.open([file('eventos.csv', csv)]))
  await waitFor(() => expect(result.current.choosing).not.toBeNull())
  expect(result.current.error).toBeNull()
  expect(onOpened).not.toHaveBeenCalled()
  const head = result.current.choosing?.head
  expect(head?.roles).toEqual({ Cuándo: 'date', Qué: 'title' })
  act(() => result.current.choose({ roles: { Cuándo: 'date', Qué: 'title' } }, true))
  await waitFor(() => expect(onOpened).toHaveBeenCalledTimes(1))
  const story = onOpened.mock.calls[0]?.[0].story
  expect(story.dataset.events.map((event: { title: string }) => event.title)).toEqual([
    'Invasión',
    'Conversaciones',
  ])
  expect(story.notes).toContainEqual({ code: 'columnsChosen', file: 'eventos.csv' })
  expect(result.current.choosing).toBeNull()
  // Its review shows how it was read; the next file of the same header opens at once.
  const review = result.current.reviewOf(story)
  expect(review).not.toBeNull()
  act(() => review?.())
  expect(result.current.choosing?.reviewing).toBe(true)
  act(() => result.current.stopChoosing())
  act(() => result.current.open([file('marzo.csv', 'cuándo,qué\n05/03/2022,Otra\n')]))
  await waitFor(() => expect(onOpened).toHaveBeenCalledTimes(2))
  expect(onOpened.mock.calls[1]?.[0].story.notes).toContainEqual({
    code: 'columnsRemembered',
    file: 'marzo.csv',
  })
})

test('a second file opened while the first is read stops the first one’s worker', async () => {
  const workers: Array<{ terminated: boolean }> = []
  // A worker that never answers: the first file is still being read when the second comes.
  class SilentWorker {
    onmessage: ((event: MessageEvent) => void) | null = null
    onerror: ((event: Event) => void) | null = null
    terminated = false
    constructor() {
      workers.push(this)
    }
    postMessage() {}
    terminate() {
      this.terminated = true
    }
  }
  vi.stubGlobal('Worker', SilentWorker)
  try {
    const { result } = renderOpening()
    act(() => result.current.open([file('first.csv', 'date,title\n2023-01-01,A\n')]))
    await waitFor(() => expect(workers).toHaveLength(1))
    expect(workers[0]?.terminated).toBe(false)
    act(() => result.current.open([file('second.csv', 'date,title\n2023-01-01,B\n')]))
    await waitFor(() => expect(workers).toHaveLength(2))
    expect(workers[0]?.terminated).toBe(true)
    expect(workers[1]?.terminated).toBe(false)
    // Dismissing the opening under way stops its worker too.
    act(() => result.current.dismiss())
    expect(workers[1]?.terminated).toBe(true)
  } finally {
    vi.unstubAllGlobals()
  }
})
