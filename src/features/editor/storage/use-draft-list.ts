import { liveQuery } from 'dexie'
import { useEffect, useMemo, useState } from 'react'
import { type DraftDatabase, draftDatabase } from './draft-database'
import { type DraftListing, listDrafts } from './draft-list'
import { type Created, DraftStore, type StoreResult } from './draft-store'
import { defaultTitle } from './draft-title'
import type { ParseContent, TitleOf } from './parse-content'
import { type DraftReason, describeStorageFailure } from './storage-failure'
import { useLatestFunction } from './use-latest-function'

/**
 * My stories. 'loading', then 'ready' with the drafts (newest first) and the deleted ones (restorable
 * for 30 days, last deleted first); `failure` when the browser refused its storage.
 */
export type DraftListView<T> = ({ status: 'loading' } | ({ status: 'ready' } & DraftListing)) &
  DraftListActions<T>

export type DraftListActions<T> = {
  /** A new draft from content (New story; Edit a copy of any dataset). */
  create(content: T): Promise<Created>
  duplicate(id: string): Promise<Created>
  /** Deletes softly (the UI asks first); restore() brings it back for 30 days. */
  remove(id: string): Promise<StoreResult>
  restore(id: string): Promise<StoreResult>
  /** The stored content as JSON, a damaged draft's too. */
  exportJson(id: string): Promise<{ ok: true; json: string } | { ok: false; reason: DraftReason }>
}

type Listed = { database: DraftDatabase; listing: DraftListing }

/**
 * The drafts, kept up to date as they change in this tab or another (Dexie's liveQuery), and what can
 * be done to them. Each draft's content is read with `parseContent`, so one that cannot be opened is
 * listed as damaged with its reason.
 */
export function useDraftList<T extends object>(
  parseContent: ParseContent<T>,
  options: { titleOf?: TitleOf<T>; database?: DraftDatabase } = {},
): DraftListView<T> {
  const database = options.database ?? draftDatabase()
  const parse = useLatestFunction(parseContent)
  const titleOf = useLatestFunction(options.titleOf ?? defaultTitle)
  const [listed, setListed] = useState<Listed | null>(null)

  useEffect(() => {
    let live = true
    const show = (listing: DraftListing) => {
      if (live) setListed({ database, listing })
    }
    // Read once now, then as the drafts change: Dexie's liveQuery never runs its query where the page
    // has no IndexedDB (storage refused), so My stories would stay 'loading' instead of saying why.
    void listDrafts(database, parse).then(show)
    const subscription = liveQuery(() => listDrafts(database, parse)).subscribe({
      next: show,
      error: (error: unknown) => show({ drafts: [], deleted: [], failure: describeStorageFailure(error) }),
    })
    return () => {
      live = false
      subscription.unsubscribe()
    }
  }, [database, parse])

  const actions = useMemo((): DraftListActions<T> => {
    const store = new DraftStore(database, parse, { titleOf })
    // Listed again after each: a draft the browser refused is held by the page, where liveQuery
    // does not see it.
    const thenList = async <R>(done: Promise<R>): Promise<R> => {
      const result = await done
      setListed({ database, listing: await listDrafts(database, parse) })
      return result
    }
    return {
      create: (content) => thenList(store.create(content)),
      duplicate: (id) => thenList(store.duplicate(id)),
      remove: (id) => thenList(store.remove(id)),
      restore: (id) => thenList(store.restore(id)),
      exportJson: (id) => store.exportJson(id),
    }
  }, [database, parse, titleOf])

  return useMemo((): DraftListView<T> => {
    if (listed?.database !== database) return { status: 'loading', ...actions }
    return { status: 'ready', ...listed.listing, ...actions }
  }, [listed, database, actions])
}
