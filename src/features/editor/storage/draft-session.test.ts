import { expect, test } from 'vitest'
import { DraftSession, type DraftSnapshot } from './draft-session'
import { DraftStore } from './draft-store'
import { quotaReason } from './storage-failure'
import { failingWrites, parseTestStory, quotaError, type TestStory, testBrowser } from './test-drafts'

const story = (title: string, ...events: string[]): TestStory => ({ title, events })
const addEvent = (event: string) => (before: TestStory) => ({ ...before, events: [...before.events, event] })

/** Resolves once the session's snapshot passes `check` (at once if it does already). */
function until(session: DraftSession<TestStory>, check: (snapshot: DraftSnapshot<TestStory>) => boolean) {
  return new Promise<DraftSnapshot<TestStory>>((resolve) => {
    const look = () => {
      const snapshot = session.getSnapshot()
      if (!check(snapshot)) return false
      stop()
      resolve(snapshot)
      return true
    }
    const stop = session.subscribe(look)
    look()
  })
}
const saved = (snapshot: DraftSnapshot<TestStory>) => snapshot.save.state === 'saved'

async function openSession(store: DraftStore<TestStory>, id: string, now?: () => number) {
  const opened = await store.open(id)
  if (opened.kind !== 'ready') throw new Error(`not ready: ${opened.kind}`)
  return new DraftSession(store, id, opened, now)
}

async function newDraft(browser: ReturnType<typeof testBrowser>, content: TestStory) {
  const created = await new DraftStore(browser.open(), parseTestStory).create(content)
  if (!created.ok) throw new Error(JSON.stringify(created.reason))
  return created.id
}

test('a change is shown at once, before any write, saved right after, and there after a reload', async () => {
  const browser = testBrowser()
  const id = await newDraft(browser, story('Letters'))
  const db = browser.open()
  const writes = failingWrites(db)
  const session = await openSession(new DraftStore(db, parseTestStory), id)
  session.change(addEvent('Kim writes'))
  expect(session.getSnapshot()).toMatchObject({
    content: story('Letters', 'Kim writes'),
    save: { state: 'saving' },
  })
  expect(writes.writes).toBe(0)
  await until(session, saved)
  session.close()
  const reloaded = await new DraftStore(browser.open(), parseTestStory).open(id)
  expect(reloaded).toMatchObject({ content: story('Letters', 'Kim writes'), revision: 2 })
})

test('changes made while a write is under way are written once, the newest only', async () => {
  const browser = testBrowser()
  const id = await newDraft(browser, story('Letters'))
  const db = browser.open()
  const writes = failingWrites(db)
  const session = await openSession(new DraftStore(db, parseTestStory), id)
  for (let event = 1; event <= 50; event++) session.change(addEvent(`event ${event}`))
  // The first write starts after this task; 49 more changes come while it is under way.
  await Promise.resolve()
  await Promise.resolve()
  for (let event = 51; event <= 100; event++) session.change(addEvent(`event ${event}`))
  const done = await until(session, saved)
  expect(done.content.events).toHaveLength(100)
  expect(writes.writes).toBe(2)
  expect(await new DraftStore(browser.open(), parseTestStory).open(id)).toMatchObject({
    content: { events: expect.arrayContaining(['event 100']) },
  })
  session.close()
})

test('undo and redo are saved like any change', async () => {
  let clock = 0
  const browser = testBrowser()
  const id = await newDraft(browser, story(''))
  const session = await openSession(new DraftStore(browser.open(), parseTestStory), id, () => clock)
  for (const title of ['K', 'Ki', 'Kim']) {
    clock += 100
    session.change((before) => ({ ...before, title }), 'title')
  }
  session.change(addEvent('Kim writes'))
  expect(session.getSnapshot()).toMatchObject({ canUndo: true, canRedo: false })
  session.undo()
  session.undo() // the typing, one step
  expect(session.getSnapshot()).toMatchObject({ content: story(''), canUndo: false, canRedo: true })
  await until(session, saved)
  expect(await new DraftStore(browser.open(), parseTestStory).open(id)).toMatchObject({ content: story('') })
  session.redo()
  await until(session, saved)
  expect(await new DraftStore(browser.open(), parseTestStory).open(id)).toMatchObject({
    content: story('Kim'),
  })
  session.close()
})

test('a full disk: the state is failed with what to do, editing goes on, and the next change saves everything', async () => {
  const browser = testBrowser()
  const id = await newDraft(browser, story('Letters'))
  const db = browser.open()
  const failure = failingWrites(db)
  const session = await openSession(new DraftStore(db, parseTestStory), id)
  failure.error = quotaError()
  session.change(addEvent('one'))
  const failed = await until(session, (snapshot) => snapshot.save.state === 'failed')
  expect(failed).toMatchObject({
    content: story('Letters', 'one'),
    save: { state: 'failed', reason: quotaReason() },
  })
  session.change(addEvent('two'))
  await until(session, (snapshot) => snapshot.save.state === 'failed')
  expect(session.getSnapshot().content).toEqual(story('Letters', 'one', 'two'))
  failure.error = null
  session.change(addEvent('three'))
  await until(session, saved)
  expect(await new DraftStore(browser.open(), parseTestStory).open(id)).toMatchObject({
    content: story('Letters', 'one', 'two', 'three'),
  })
  session.close()
})

test('a failed write is tried again when the page is hidden, without waiting for another change', async () => {
  const browser = testBrowser()
  const id = await newDraft(browser, story('Letters'))
  const db = browser.open()
  const failure = failingWrites(db)
  const session = await openSession(new DraftStore(db, parseTestStory), id)
  failure.error = quotaError()
  session.change(addEvent('one'))
  await until(session, (snapshot) => snapshot.save.state === 'failed')
  failure.error = null
  window.dispatchEvent(new Event('pagehide'))
  await until(session, saved)
  expect(await new DraftStore(browser.open(), parseTestStory).open(id)).toMatchObject({
    content: story('Letters', 'one'),
  })
  session.close()
})
