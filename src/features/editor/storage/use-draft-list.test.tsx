// Dexie's liveQuery runs only where the page has a global indexedDB; each test's database is still
// its own (test-drafts.ts gives each a new fake IndexedDB).
import 'fake-indexeddb/auto'
import { act, renderHook, waitFor } from '@testing-library/react'
import { expect, test } from 'vitest'
import { refusedReason } from './storage-failure'
import { parseTestStory, type TestStory, testBrowser } from './test-drafts'
import { useDraftList } from './use-draft-list'

const story = (title: string): TestStory => ({ title, events: [] })

test('My stories: a new story is listed, a deleted one moves to the deleted list and is restored', async () => {
  const database = testBrowser().open()
  const { result, unmount } = renderHook(() => useDraftList(parseTestStory, { database }))
  await waitFor(() => expect(result.current).toMatchObject({ status: 'ready', drafts: [], deleted: [] }))
  let id = ''
  await act(async () => {
    const created = await result.current.create(story('Letters'))
    if (created.ok) id = created.id
  })
  await waitFor(() => expect(result.current).toMatchObject({ drafts: [{ id, title: 'Letters' }] }))
  await act(async () => {
    expect(await result.current.remove(id)).toEqual({ ok: true })
  })
  await waitFor(() =>
    expect(result.current).toMatchObject({ drafts: [], deleted: [{ id, title: 'Letters' }] }),
  )
  await act(async () => {
    expect(await result.current.restore(id)).toEqual({ ok: true })
  })
  await waitFor(() => expect(result.current).toMatchObject({ drafts: [{ id }], deleted: [] }))
  unmount()
})

test('a change made through another connection (another tab) shows in the list', async () => {
  const browser = testBrowser()
  const database = browser.open()
  const { result, unmount } = renderHook(() => useDraftList(parseTestStory, { database }))
  await waitFor(() => expect(result.current.status).toBe('ready'))
  const other = browser.open()
  await other.drafts.put({
    id: 'elsewhere',
    title: 'From another tab',
    updatedAt: 5,
    revision: 1,
    content: story('x'),
  })
  await waitFor(() =>
    expect(result.current).toMatchObject({ drafts: [{ id: 'elsewhere', title: 'From another tab' }] }),
  )
  unmount()
})

test('where the browser refuses storage, My stories says so, and lists the stories this page holds', async () => {
  // A database the browser closed and will not open again (as when the site's data is cleared).
  const database = testBrowser().open()
  database.close({ disableAutoOpen: true })
  const { result, unmount } = renderHook(() => useDraftList(parseTestStory, { database }))
  await waitFor(() =>
    expect(result.current).toMatchObject({ status: 'ready', drafts: [], failure: refusedReason() }),
  )
  await act(async () => {
    expect(await result.current.create(story('Kept by the page'))).toMatchObject({
      ok: true,
      unsaved: refusedReason(),
    })
  })
  expect(result.current).toMatchObject({ drafts: [{ title: 'Kept by the page', unsaved: refusedReason() }] })
  unmount()
})
