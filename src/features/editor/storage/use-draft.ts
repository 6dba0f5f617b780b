import { useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import { type DraftDatabase, draftDatabase } from './draft-database'
import { type ConflictChoice, type ConflictResolved, DraftSession, type DraftSnapshot } from './draft-session'
import { DraftStore, type OpenedDraft } from './draft-store'
import { defaultTitle } from './draft-title'
import type { ParseContent, TitleOf } from './parse-content'
import type { DraftReason } from './storage-failure'
import { useLatestFunction } from './use-latest-function'

/**
 * A draft as the editor sees it. 'loading': being read. 'missing': there is no such draft (deleted
 * for good, or a link from another browser). 'unavailable': the browser refused its storage (reason
 * says so, in words for the person). 'damaged': it is there but cannot be read as a story (reason
 * says why; json is its stored content, for Export JSON, or null when not even that can be written).
 * 'ready': the content, its editing, and whether it is kept (save) or clashes with another tab's.
 */
export type DraftView<T extends object> =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'unavailable'; reason: DraftReason }
  | { status: 'damaged'; reason: string; title: string; json: string | null }
  | ({ status: 'ready' } & DraftSnapshot<T> & DraftActions<T>)

export type DraftActions<T> = {
  /** Makes a change (see DraftSession.change): shown at once, saved right after, undoable. */
  change(change: (before: T) => T, coalesceKey?: string): void
  undo(): void
  redo(): void
  /** Settles a conflict (see ConflictChoice); 'keep-mine' resolves to the copy's id. */
  resolveConflict(choice: ConflictChoice): Promise<ConflictResolved>
}

export type UseDraftOptions<T> = {
  /** The title My stories lists for the content; by default its `title` field. */
  titleOf?: TitleOf<T>
  /** The database; by default the page's own (tests give another). */
  database?: DraftDatabase
}

type Opened<T extends object> = {
  id: string
  database: DraftDatabase
  result: Exclude<OpenedDraft<T>, { kind: 'ready' }> | { kind: 'ready'; session: DraftSession<T> }
}

const noSubscription = () => () => {}
const noSnapshot = () => null

/**
 * Opens the draft `id` for editing: every change is saved at once in IndexedDB, undo and redo cover
 * every change, and another tab's save is never overwritten in silence. `parseContent` reads the
 * stored content (outside data) as the editor's type; it may be written inline.
 */
export function useDraft<T extends object>(
  id: string,
  parseContent: ParseContent<T>,
  options: UseDraftOptions<T> = {},
): DraftView<T> {
  const database = options.database ?? draftDatabase()
  const parse = useLatestFunction(parseContent)
  const titleOf = useLatestFunction(options.titleOf ?? defaultTitle)
  const [opened, setOpened] = useState<Opened<T> | null>(null)

  useEffect(() => {
    let live = true
    let session: DraftSession<T> | null = null
    const store = new DraftStore(database, parse, { titleOf })
    void store.open(id).then((result) => {
      if (!live) return
      if (result.kind !== 'ready') {
        setOpened({ id, database, result })
        return
      }
      session = new DraftSession(store, id, result)
      setOpened({ id, database, result: { kind: 'ready', session } })
    })
    return () => {
      live = false
      session?.close()
    }
  }, [id, database, parse, titleOf])

  // What was opened for another id (the address changed) is not shown while the new one loads.
  const current = opened?.id === id && opened.database === database ? opened.result : null
  const session = current?.kind === 'ready' ? current.session : null
  const snapshot = useSyncExternalStore(
    session?.subscribe ?? noSubscription,
    session?.getSnapshot ?? noSnapshot,
  )

  return useMemo((): DraftView<T> => {
    if (current === null) return { status: 'loading' }
    if (current.kind === 'ready') {
      if (snapshot === null) return { status: 'loading' }
      const { change, undo, redo, resolveConflict } = current.session
      return { status: 'ready', ...snapshot, change, undo, redo, resolveConflict }
    }
    if (current.kind === 'missing') return { status: 'missing' }
    if (current.kind === 'unavailable') return { status: 'unavailable', reason: current.reason }
    return { status: 'damaged', reason: current.reason, title: current.title, json: current.json }
  }, [current, snapshot])
}
