import { Dexie, type EntityTable, type Table } from 'dexie'

/** A draft as IndexedDB holds it. `content` is whatever the editor saved: it is parsed when read. */
export type DraftRow = {
  id: string
  title: string
  /** When the content last changed, in milliseconds since 1970. */
  updatedAt: number
  /** Counts the saves: a tab writes only over the revision it last saw, so two tabs never overwrite in silence. */
  revision: number
  content: unknown
  /** When it was deleted (it stays, restorable, for DELETED_KEPT_MS). */
  deletedAt?: number
}

export const DRAFT_DATABASE_NAME = 'story-timeline-drafts'

/** How long a deleted draft can be restored before it is purged (when the database next opens). */
export const DELETED_KEPT_MS = 30 * 24 * 60 * 60 * 1000

/** Where the database lives: the browser's IndexedDB unless a test gives its own (fake-indexeddb). */
export type DraftDatabaseOptions = {
  name?: string
  indexedDB?: IDBFactory
  IDBKeyRange?: typeof IDBKeyRange
  /** The clock the purge reads; tests move it. */
  now?: () => number
}

/**
 * The drafts' IndexedDB database, through Dexie: it turns IndexedDB's events into promises, reports a
 * full disk or a refused database as named errors, and tells other tabs' live queries what changed.
 */
export class DraftDatabase extends Dexie {
  // Dexie defines the table in version().stores(); `declare` keeps a class field from hiding it.
  declare drafts: EntityTable<DraftRow, 'id'>

  constructor(options: DraftDatabaseOptions = {}) {
    const { name = DRAFT_DATABASE_NAME, now = Date.now, ...where } = options
    super(name, where)
    this.version(1).stores({ drafts: 'id, updatedAt, deletedAt' })
    // Sticky: every time the database opens, drafts deleted more than 30 days ago go for good. A purge
    // that fails (storage refused) must not stop the drafts from opening.
    this.on(
      'ready',
      (opened: Dexie) => purgeDeleted(opened.table<DraftRow, string>('drafts'), now()).catch(() => 0),
      true,
    )
  }
}

/** Deletes the drafts deleted before DELETED_KEPT_MS ago; resolves to how many. */
export function purgeDeleted(drafts: Table<DraftRow, string>, now: number): Promise<number> {
  return drafts
    .where('deletedAt')
    .below(now - DELETED_KEPT_MS)
    .delete()
}

let shared: DraftDatabase | null = null

/** The page's one drafts database (opened by Dexie on first use). */
export function draftDatabase(): DraftDatabase {
  shared ??= new DraftDatabase()
  return shared
}
