import type { DraftDatabase } from './draft-database'
import { defaultTitle } from './draft-title'
import { pageDrafts } from './page-drafts'
import type { ParseContent } from './parse-content'
import { type DraftReason, describeStorageFailure } from './storage-failure'
import { readStoredDraft, storedId } from './stored-draft'

/** A draft as My stories lists it. */
export type DraftSummary = {
  id: string
  title: string
  /** When it last changed (ms since 1970); null for a draft too damaged to say. */
  updatedAt: number | null
  deletedAt?: number
  /** Why it cannot be opened; it can still be exported as JSON. */
  damaged?: string
  /** Why the browser is not keeping its latest content (this page holds it until it closes). */
  unsaved?: DraftReason
}

/** My stories: the drafts, newest first; the deleted ones, last deleted first; and why none could be read. */
export type DraftListing = { drafts: DraftSummary[]; deleted: DraftSummary[]; failure?: DraftReason }

/**
 * Lists the drafts. Each is parsed, so that one that cannot be opened is listed as damaged with its
 * reason, never dropped and never a crash. Only Dexie reads happen here: it runs inside a liveQuery.
 */
export async function listDrafts<T>(db: DraftDatabase, parse: ParseContent<T>): Promise<DraftListing> {
  const { unsaved } = pageDrafts(db)
  let rows: unknown[]
  let failure: DraftReason | undefined
  try {
    rows = await db.drafts.toArray()
  } catch (error) {
    rows = []
    failure = describeStorageFailure(error)
  }
  const all = new Map<string, DraftSummary>()
  for (const row of rows) {
    const summary = summarise(row, parse)
    if (summary) all.set(summary.id, summary)
  }
  // Drafts the browser refused are listed too, as this page holds them.
  for (const [id, kept] of unsaved) {
    const { title, updatedAt } = kept.row
    all.set(id, { ...all.get(id), id, title, updatedAt, unsaved: kept.reason })
  }
  const summaries = [...all.values()]
  const drafts = summaries.filter((draft) => draft.deletedAt === undefined).sort(newestFirst)
  const deleted = summaries
    .filter((draft) => draft.deletedAt !== undefined)
    .sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0))
  return failure === undefined ? { drafts, deleted } : { drafts, deleted, failure }
}

function summarise<T>(raw: unknown, parse: ParseContent<T>): DraftSummary | null {
  const read = readStoredDraft(raw)
  if (!read.ok) {
    const id = storedId(raw)
    return id === null ? null : { id, title: defaultTitle(raw), updatedAt: null, damaged: read.reason }
  }
  const { id, title, updatedAt, deletedAt, content } = read.row
  const summary: DraftSummary = { id, title, updatedAt }
  if (deletedAt !== undefined) summary.deletedAt = deletedAt
  const parsed = parse(content)
  if (!parsed.ok) summary.damaged = parsed.reason
  return summary
}

function newestFirst(a: DraftSummary, b: DraftSummary): number {
  return (b.updatedAt ?? 0) - (a.updatedAt ?? 0)
}
