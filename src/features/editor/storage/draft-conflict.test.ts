import { afterEach, expect, test, vi } from 'vitest'
import { listDrafts } from './draft-list'
import { DraftSession, type DraftSnapshot } from './draft-session'
import { DraftStore } from './draft-store'
import { failingWrites, parseTestStory, quotaError, type TestStory, testBrowser } from './test-drafts'

const story = (title: string, ...events: string[]): TestStory => ({ title, events })
const addEvent = (event: string) => (before: TestStory) => ({ ...before, events: [...before.events, event] })

function until(session: DraftSession<TestStory>, check: (snapshot: DraftSnapshot<TestStory>) => boolean) {
  return new Promise<DraftSnapshot<TestStory>>((resolve) => {
    const look = () => {
      const snapshot = session.getSnapshot()
      if (!check(snapshot)) return
      stop()
      resolve(snapshot)
    }
    const stop = session.subscribe(look)
    look()
  })
}
const saved = (snapshot: DraftSnapshot<TestStory>) => snapshot.save.state === 'saved'
const inConflict = (snapshot: DraftSnapshot<TestStory>) => snapshot.save.state === 'conflict'

/** Two tabs (two connections to one browser's IndexedDB) with the same draft open. */
async function twoTabs(content: TestStory) {
  const browser = testBrowser()
  const created = await new DraftStore(browser.open(), parseTestStory).create(content)
  if (!created.ok) throw new Error(JSON.stringify(created.reason))
  const tab = async () => {
    const db = browser.open()
    // Dexie's middleware goes in before the database opens.
    const writes = failingWrites(db)
    const store = new DraftStore(db, parseTestStory)
    const opened = await store.open(created.id)
    if (opened.kind !== 'ready') throw new Error(opened.kind)
    return { db, writes, session: new DraftSession(store, created.id, opened) }
  }
  const a = await tab()
  const b = await tab()
  const stored = () => new DraftStore(browser.open(), parseTestStory).open(created.id)
  return { id: created.id, a, b, stored }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

test('a tab with nothing unsaved shows another tab’s save as soon as it is made, and edits on from it', async () => {
  const { a, b, stored } = await twoTabs(story('Letters'))
  a.session.change(addEvent('from A'))
  await until(a.session, saved)
  const followed = await until(b.session, (snapshot) => snapshot.content.events.length === 1)
  expect(followed).toMatchObject({
    content: story('Letters', 'from A'),
    save: { state: 'saved' },
    canUndo: false,
  })
  b.session.change(addEvent('from B'))
  await until(b.session, saved)
  expect(await stored()).toMatchObject({ content: story('Letters', 'from A', 'from B'), revision: 3 })
  await until(a.session, (snapshot) => snapshot.content.events.length === 2)
  a.session.close()
  b.session.close()
})

test('an editor closed while its last change is being written still saves it, and other tabs hear of it', async () => {
  const { a, b, stored } = await twoTabs(story('Letters'))
  a.session.change(addEvent('last words'))
  a.session.close()
  await until(b.session, (snapshot) => snapshot.content.events.length === 1)
  expect(await stored()).toMatchObject({ content: story('Letters', 'last words') })
  b.session.close()
})

test('a tab with unsaved changes learns of another tab’s save before it writes: conflict, nothing overwritten', async () => {
  const { id, a, b, stored } = await twoTabs(story('Letters'))
  const bWrites = b.writes
  // B's change is not kept (its disk is full): unsaved, waiting for the next change.
  bWrites.error = quotaError()
  b.session.change(addEvent('from B'))
  await until(b.session, (snapshot) => snapshot.save.state === 'failed')
  const triedByB = bWrites.writes
  a.session.change(addEvent('from A'))
  await until(a.session, saved)
  const told = await until(b.session, inConflict)
  expect(told.content).toEqual(story('Letters', 'from B'))
  expect(told.conflict).toMatchObject({
    revision: 2,
    content: { ok: true, value: story('Letters', 'from A') },
  })
  expect(bWrites.writes).toBe(triedByB)
  // While in conflict, B's changes are shown and kept in the page, never written.
  bWrites.error = null
  b.session.change(addEvent('more from B'))
  expect(b.session.getSnapshot()).toMatchObject({ content: story('Letters', 'from B', 'more from B') })
  // A round trip through IndexedDB, by which a write B had started would have reached it.
  expect(await stored()).toMatchObject({ content: story('Letters', 'from A') })
  expect(b.session.getSnapshot().save.state).toBe('conflict')
  expect(bWrites.writes).toBe(triedByB)
  // Taking theirs: B shows A's, and B's editor opened again in its page does not bring back its own.
  expect(await b.session.resolveConflict('take-theirs')).toEqual({ ok: true })
  expect(b.session.getSnapshot()).toMatchObject({
    content: story('Letters', 'from A'),
    save: { state: 'saved' },
  })
  b.session.close()
  expect(await new DraftStore(b.db, parseTestStory).open(id)).toMatchObject({
    content: story('Letters', 'from A'),
  })
  a.session.close()
})

/** Two tabs in conflict found by the write itself: without BroadcastChannel, B does not hear of A's save. */
async function conflictFoundByWriting() {
  vi.stubGlobal('BroadcastChannel', undefined)
  const tabs = await twoTabs(story('Letters'))
  tabs.a.session.change(addEvent('from A'))
  await until(tabs.a.session, saved)
  tabs.b.session.change(addEvent('from B'))
  const conflict = await until(tabs.b.session, inConflict)
  expect(conflict.conflict?.content).toEqual({ ok: true, value: story('Letters', 'from A') })
  expect(await tabs.stored()).toMatchObject({ content: story('Letters', 'from A'), revision: 2 })
  return tabs
}

test('take theirs: their content is shown and nothing is written; undo brings mine back, and saves it', async () => {
  const { b, stored } = await conflictFoundByWriting()
  expect(await b.session.resolveConflict('take-theirs')).toEqual({ ok: true })
  expect(b.session.getSnapshot()).toMatchObject({
    content: story('Letters', 'from A'),
    conflict: null,
    save: { state: 'saved' },
  })
  b.session.undo()
  await until(b.session, saved)
  expect(await stored()).toMatchObject({ content: story('Letters', 'from B'), revision: 3 })
  b.session.close()
})

test('keep mine: mine becomes a new story, and this tab shows theirs', async () => {
  const { a, b, stored } = await conflictFoundByWriting()
  const resolved = await b.session.resolveConflict('keep-mine')
  if (!resolved.ok || resolved.copyId === undefined) throw new Error('no copy')
  expect(b.session.getSnapshot()).toMatchObject({ content: story('Letters', 'from A'), conflict: null })
  expect(await stored()).toMatchObject({ content: story('Letters', 'from A') })
  const copy = await new DraftStore(a.db, parseTestStory).open(resolved.copyId)
  expect(copy).toMatchObject({ kind: 'ready', content: story('Letters', 'from B') })
  expect((await listDrafts(a.db, parseTestStory)).drafts).toHaveLength(2)
  b.session.close()
})

test('overwrite: mine is saved over theirs, knowingly', async () => {
  const { b, stored } = await conflictFoundByWriting()
  expect(await b.session.resolveConflict('overwrite')).toEqual({ ok: true })
  await until(b.session, saved)
  expect(await stored()).toMatchObject({ content: story('Letters', 'from B'), revision: 3 })
})
