import { act, renderHook, waitFor } from '@testing-library/react'
import { expect, test } from 'vitest'
import { DraftDatabase } from './draft-database'
import { DraftStore } from './draft-store'
import { refusedReason } from './storage-failure'
import { parseTestStory, type TestStory, testBrowser } from './test-drafts'
import { type DraftView, useDraft } from './use-draft'

const story = (title: string, ...events: string[]): TestStory => ({ title, events })

function ready(view: DraftView<TestStory>) {
  if (view.status !== 'ready') throw new Error(`the draft is ${view.status}`)
  return view
}

test('the editor opens a draft, shows a change at once, saves it, and a reload shows it again', async () => {
  const browser = testBrowser()
  const created = await new DraftStore(browser.open(), parseTestStory).create(story('Letters'))
  if (!created.ok) throw new Error(JSON.stringify(created.reason))
  const database = browser.open()
  // The parser written inline, as a component would: a new function every render.
  const { result, unmount, rerender } = renderHook(() =>
    useDraft(created.id, (raw) => parseTestStory(raw), { database }),
  )
  expect(result.current.status).toBe('loading')
  await waitFor(() => expect(result.current.status).toBe('ready'))
  act(() => ready(result.current).change((before) => ({ ...before, events: ['Kim writes'] })))
  expect(ready(result.current)).toMatchObject({ content: story('Letters', 'Kim writes'), canUndo: true })
  rerender()
  await waitFor(() => expect(ready(result.current).save).toEqual({ state: 'saved' }))
  // Still the same session: a new parser function did not reopen the draft (its undo step is there).
  expect(ready(result.current).canUndo).toBe(true)
  unmount()
  const afterReload = browser.open()
  const reloaded = renderHook(() => useDraft(created.id, parseTestStory, { database: afterReload }))
  await waitFor(() => expect(reloaded.result.current.status).toBe('ready'))
  expect(ready(reloaded.result.current)).toMatchObject({
    content: story('Letters', 'Kim writes'),
    canUndo: false,
  })
  reloaded.unmount()
})

test('undo and redo through the hook', async () => {
  const browser = testBrowser()
  const created = await new DraftStore(browser.open(), parseTestStory).create(story('Letters'))
  if (!created.ok) throw new Error(JSON.stringify(created.reason))
  const database = browser.open()
  const { result, unmount } = renderHook(() => useDraft(created.id, parseTestStory, { database }))
  await waitFor(() => expect(result.current.status).toBe('ready'))
  act(() => ready(result.current).change((before) => ({ ...before, title: 'Letters between leaders' })))
  act(() => ready(result.current).undo())
  expect(ready(result.current)).toMatchObject({ content: story('Letters'), canUndo: false, canRedo: true })
  act(() => ready(result.current).redo())
  expect(ready(result.current).content.title).toBe('Letters between leaders')
  unmount()
})

test('a draft that is not there, one that cannot be read, and storage refused, each said as such', async () => {
  const database = testBrowser().open()
  await database.drafts.put({
    id: 'broken',
    title: 'Broken',
    updatedAt: 1,
    revision: 1,
    content: { events: 3 },
  })
  const missing = renderHook(() => useDraft('nowhere', parseTestStory, { database }))
  await waitFor(() => expect(missing.result.current).toEqual({ status: 'missing' }))
  const broken = renderHook(() => useDraft('broken', parseTestStory, { database }))
  await waitFor(() => expect(broken.result.current.status).toBe('damaged'))
  expect(broken.result.current).toMatchObject({ title: 'Broken', json: '{\n  "events": 3\n}' })
  // jsdom has no IndexedDB: a browser that refuses it.
  const refused = new DraftDatabase({ name: 'refused' })
  const unavailable = renderHook(() => useDraft('any', parseTestStory, { database: refused }))
  await waitFor(() =>
    expect(unavailable.result.current).toEqual({ status: 'unavailable', reason: refusedReason() }),
  )
})

test('another id opens another draft, never showing the first meanwhile', async () => {
  const browser = testBrowser()
  const store = new DraftStore(browser.open(), parseTestStory)
  const first = await store.create(story('First'))
  const second = await store.create(story('Second'))
  if (!first.ok || !second.ok) throw new Error('not created')
  const database = browser.open()
  const { result, rerender, unmount } = renderHook(({ id }) => useDraft(id, parseTestStory, { database }), {
    initialProps: { id: first.id },
  })
  await waitFor(() => expect(result.current.status).toBe('ready'))
  rerender({ id: second.id })
  expect(result.current.status).toBe('loading')
  await waitFor(() => expect(result.current.status).toBe('ready'))
  expect(ready(result.current).content.title).toBe('Second')
  unmount()
})
