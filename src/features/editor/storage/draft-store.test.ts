import { expect, test } from 'vitest'
import { DELETED_KEPT_MS, DraftDatabase } from './draft-database'
import { listDrafts } from './draft-list'
import { DraftStore } from './draft-store'
import { quotaReason, refusedReason } from './storage-failure'
import { failingWrites, parseTestStory, quotaError, type TestStory, testBrowser } from './test-drafts'

const story = (title: string, ...events: string[]): TestStory => ({ title, events })

test('a draft written is read back by another connection, as a reload reads it', async () => {
  const browser = testBrowser()
  const store = new DraftStore(browser.open(), parseTestStory)
  const created = await store.create(story('Letters', 'Kim writes'))
  if (!created.ok) throw new Error(JSON.stringify(created.reason))
  expect(created.unsaved).toBeUndefined()
  expect(await store.write(created.id, story('Letters', 'Kim writes', 'Putin answers'), 1)).toMatchObject({
    kind: 'saved',
    revision: 2,
  })
  const reloaded = new DraftStore(browser.open(), parseTestStory)
  expect(await reloaded.open(created.id)).toEqual({
    kind: 'ready',
    content: story('Letters', 'Kim writes', 'Putin answers'),
    revision: 2,
  })
  expect(await reloaded.open('no-such-draft')).toEqual({ kind: 'missing' })
})

test('a write over a revision another tab has replaced writes nothing and returns their draft', async () => {
  const browser = testBrowser()
  const mine = new DraftStore(browser.open(), parseTestStory)
  const theirs = new DraftStore(browser.open(), parseTestStory)
  const created = await mine.create(story('Letters'))
  if (!created.ok) throw new Error(JSON.stringify(created.reason))
  expect((await theirs.write(created.id, story('Letters', 'theirs'), 1)).kind).toBe('saved')
  expect(await mine.write(created.id, story('Letters', 'mine'), 1)).toMatchObject({
    kind: 'conflict',
    theirs: { revision: 2, content: { ok: true, value: story('Letters', 'theirs') } },
  })
  expect(await mine.open(created.id)).toMatchObject({ content: story('Letters', 'theirs') })
  // Overwriting, knowingly, writes over whatever is there, as a newer revision.
  expect(await mine.write(created.id, story('Letters', 'mine'), 1, true)).toMatchObject({
    kind: 'saved',
    revision: 3,
  })
  expect(await theirs.open(created.id)).toMatchObject({ content: story('Letters', 'mine'), revision: 3 })
})

test('a stored draft that cannot be read is listed as damaged with its reason, and exports as JSON', async () => {
  const db = testBrowser().open()
  await db.drafts.put({ id: 'old', title: 'Old draft', updatedAt: 5, revision: 1, content: { title: 7 } })
  await db.drafts.bulkPut([
    // Not even a draft: a revision that is not a number, as another program might write.
    JSON.parse('{"id": "odd", "title": "Odd", "updatedAt": 1, "revision": "two", "content": {}}'),
  ])
  const store = new DraftStore(db, parseTestStory)
  const opened = await store.open('old')
  expect(opened).toMatchObject({ kind: 'damaged', title: 'Old draft', json: '{\n  "title": 7\n}' })
  expect(opened.kind === 'damaged' && opened.reason).toMatch(/string/)
  const listing = await listDrafts(db, parseTestStory)
  expect(listing.drafts.map(({ id, damaged }) => ({ id, damaged: Boolean(damaged) }))).toEqual([
    { id: 'old', damaged: true },
    { id: 'odd', damaged: true },
  ])
  expect(listing.drafts[1]?.damaged).toContain('revision')
  expect(await store.exportJson('odd')).toMatchObject({ ok: true, json: expect.stringContaining('"two"') })
  expect((await store.duplicate('old')).ok).toBe(false)
})

test('My stories lists drafts newest first; a deleted one leaves the list and can be restored', async () => {
  let now = 1000
  const db = testBrowser().open()
  const store = new DraftStore(db, parseTestStory, { now: () => now })
  const first = await store.create(story('First'))
  now = 2000
  const second = await store.create(story('Second'))
  if (!first.ok || !second.ok) throw new Error('not created')
  now = 1500
  const copy = await store.duplicate(first.id)
  if (!copy.ok) throw new Error(JSON.stringify(copy.reason))
  let listing = await listDrafts(db, parseTestStory)
  expect(listing.drafts.map((draft) => [draft.title, draft.updatedAt])).toEqual([
    ['Second', 2000],
    ['First', 1500], // the copy, made at 1500
    ['First', 1000],
  ])
  now = 3000
  expect(await store.remove(second.id)).toEqual({ ok: true })
  listing = await listDrafts(db, parseTestStory)
  expect(listing.drafts.map((draft) => draft.id)).toEqual([copy.id, first.id])
  expect(listing.deleted).toMatchObject([{ id: second.id, title: 'Second', deletedAt: 3000 }])
  expect(await store.restore(second.id)).toEqual({ ok: true })
  listing = await listDrafts(db, parseTestStory)
  expect(listing.drafts.map((draft) => draft.id)).toEqual([second.id, copy.id, first.id])
  expect(listing.deleted).toEqual([])
  expect(await store.remove('no-such-draft')).toMatchObject({ ok: false })
})

test('when the database opens, drafts deleted more than 30 days ago are purged, newer ones kept', async () => {
  const day = 24 * 60 * 60 * 1000
  let now = 100 * day
  const browser = testBrowser(() => now)
  const db = browser.open()
  const store = new DraftStore(db, parseTestStory, { now: () => now })
  const old = await store.create(story('Old'))
  const recent = await store.create(story('Recent'))
  if (!old.ok || !recent.ok) throw new Error('not created')
  await store.remove(old.id)
  now += 2 * day
  await store.remove(recent.id)
  db.close()
  now += DELETED_KEPT_MS - day // the first deleted 31 days ago, the second 29
  const reopened = browser.open()
  const listing = await listDrafts(reopened, parseTestStory)
  expect(listing.deleted.map((draft) => draft.title)).toEqual(['Recent'])
  expect(await reopened.drafts.get(old.id)).toBeUndefined()
})

test('a full disk fails the write with what to do; the page keeps the content, and the next write retries', async () => {
  const db = testBrowser().open()
  const failure = failingWrites(db)
  const store = new DraftStore(db, parseTestStory)
  const created = await store.create(story('Letters'))
  if (!created.ok) throw new Error(JSON.stringify(created.reason))
  failure.error = quotaError()
  expect(await store.write(created.id, story('Letters', 'unsaved'), 1)).toEqual({
    kind: 'failed',
    reason: quotaReason(),
  })
  // The editor opened again in this page has the content, and is told it is not kept.
  expect(await store.open(created.id)).toEqual({
    kind: 'ready',
    content: story('Letters', 'unsaved'),
    revision: 1,
    unsaved: quotaReason(),
  })
  expect((await listDrafts(db, parseTestStory)).drafts).toMatchObject([
    { id: created.id, unsaved: quotaReason() },
  ])
  failure.error = null
  expect(await store.write(created.id, story('Letters', 'unsaved'), 1)).toMatchObject({ kind: 'saved' })
  expect(await store.open(created.id)).toEqual({
    kind: 'ready',
    content: story('Letters', 'unsaved'),
    revision: 2,
  })
})

test('a browser without IndexedDB: a new story is still made, kept by the page, and said not to be kept', async () => {
  // The unit tests' jsdom has no indexedDB at all, as a browser that refuses it.
  expect(typeof indexedDB).toBe('undefined')
  const db = new DraftDatabase({ name: 'no-indexeddb' })
  const store = new DraftStore(db, parseTestStory)
  const created = await store.create(story('Private'))
  expect(created).toMatchObject({ ok: true, unsaved: refusedReason() })
  if (!created.ok) return
  expect(await store.open(created.id)).toMatchObject({
    kind: 'ready',
    content: story('Private'),
    unsaved: refusedReason(),
  })
  expect(await store.open('elsewhere')).toEqual({ kind: 'unavailable', reason: refusedReason() })
  const listing = await listDrafts(db, parseTestStory)
  expect(listing.failure).toBe(refusedReason())
  expect(listing.drafts).toMatchObject([{ id: created.id, title: 'Private', unsaved: refusedReason() }])
  expect(await store.remove(created.id)).toEqual({ ok: true })
  expect((await listDrafts(db, parseTestStory)).drafts).toEqual([])
})
