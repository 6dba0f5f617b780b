import type { DraftDatabase, DraftRow } from './draft-database'
import type { DraftReason } from './storage-failure'

/**
 * What this page knows of a database's drafts beyond what it holds: the writes still under way (a
 * draft opened again waits for them, so it reads its own last save and does not take it for another
 * tab's), and the drafts the browser refused to keep, held here so that editing goes on until the page
 * closes.
 */
type PageDrafts = {
  writes: Map<string, Promise<unknown>>
  /** Content whose write failed, with why, by draft: newer than what the database holds. */
  unsaved: Map<string, { row: DraftRow; reason: DraftReason }>
}

const pages = new WeakMap<DraftDatabase, PageDrafts>()

export function pageDrafts(db: DraftDatabase): PageDrafts {
  let page = pages.get(db)
  if (!page) {
    page = { writes: new Map(), unsaved: new Map() }
    pages.set(db, page)
  }
  return page
}

/** Runs a write to one draft after the page's earlier writes to it, and remembers it until it ends. */
export function queueWrite<R>(db: DraftDatabase, id: string, write: () => Promise<R>): Promise<R> {
  const { writes } = pageDrafts(db)
  const before = writes.get(id) ?? Promise.resolve()
  const after = before.then(write, write)
  const settled = after.then(
    () => undefined,
    () => undefined,
  )
  writes.set(id, settled)
  void settled.then(() => {
    if (writes.get(id) === settled) writes.delete(id)
  })
  return after
}

/** Resolves once the page's writes to a draft have ended. */
export function writesSettled(db: DraftDatabase, id: string): Promise<unknown> {
  return pageDrafts(db).writes.get(id) ?? Promise.resolve()
}
