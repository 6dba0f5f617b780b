import { t } from '../../../i18n/i18n-store'
import { defineMessages } from '../../../i18n/messages'
import { type DraftChannel, openDraftChannel, type SavedNotice } from './draft-channel'
import { type History, recordChange, redo, startHistory, undo } from './draft-history'
import { DraftSaver, type SaveStatus } from './draft-saver'
import type { DraftStore, TheirDraft } from './draft-store'
import { onPageHide } from './on-page-hide'
import type { DraftReason } from './storage-failure'

const messages = defineMessages({
  theirsUnreadable: {
    id: 'editor.storage.theirsUnreadable',
    defaultMessage: 'Their version cannot be read ({reason}): keep yours as a copy, or overwrite theirs.',
  },
})

/** Another tab's save that this tab's unsaved changes would overwrite: their revision and content. */
export type DraftConflict<T> = TheirDraft<T>

/**
 * 'take-theirs': show their content (an undoable step: undo brings yours back, and saves it);
 * 'keep-mine': save yours as a new draft (its id comes back) and show theirs here;
 * 'overwrite': save yours over theirs, knowingly.
 */
export type ConflictChoice = 'take-theirs' | 'keep-mine' | 'overwrite'
export type ConflictResolved = { ok: true; copyId?: string } | { ok: false; reason: DraftReason }

/** What the editor shows of a draft; a new object whenever any of it changes. */
export type DraftSnapshot<T> = {
  content: T
  canUndo: boolean
  canRedo: boolean
  save: SaveStatus
  conflict: DraftConflict<T> | null
}

type Opened<T> = { content: T; revision: number; unsaved?: DraftReason }

/**
 * One open draft: its undo history, its saving, and what other tabs do to it. Not React: the hook
 * (use-draft.ts) subscribes to it, so it can be tested, and kept, without a component.
 */
export class DraftSession<T extends object> {
  readonly #store: DraftStore<T>
  readonly #id: string
  readonly #now: () => number
  readonly #saver: DraftSaver<T>
  readonly #channel: DraftChannel
  readonly #stopPageHide: () => void
  readonly #listeners = new Set<() => void>()
  #history: History<T>
  #conflict: DraftConflict<T> | null = null
  #snapshot: DraftSnapshot<T>

  constructor(store: DraftStore<T>, id: string, opened: Opened<T>, now: () => number = Date.now) {
    this.#store = store
    this.#id = id
    this.#now = now
    this.#history = startHistory(opened.content)
    this.#saver = new DraftSaver(store, id, opened.revision, {
      status: () => this.#emit(),
      saved: (revision) => this.#channel.tell({ id, revision }),
      conflict: (theirs) => {
        this.#conflict = theirs
      },
    })
    if (opened.unsaved !== undefined) this.#saver.hold(opened.content, opened.unsaved)
    this.#channel = openDraftChannel(store.db.name, (notice) => void this.#heard(notice))
    this.#stopPageHide = onPageHide(() => this.#saver.flush())
    this.#snapshot = this.#makeSnapshot()
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  getSnapshot = (): DraftSnapshot<T> => this.#snapshot

  /**
   * Changes the content: `change` gets the content as it is and returns the new content (never
   * changing the one it got). Shown at once, saved right after. Changes with the same `coalesceKey`
   * (a field's name) within a second of each other are one step for undo.
   */
  change = (change: (before: T) => T, coalesceKey?: string): void => {
    const next = recordChange(this.#history, change(this.#history.present), coalesceKey, this.#now())
    this.#show(next)
  }

  undo = (): void => this.#show(undo(this.#history))

  redo = (): void => this.#show(redo(this.#history))

  resolveConflict = async (choice: ConflictChoice): Promise<ConflictResolved> => {
    const conflict = this.#conflict
    if (!conflict) return { ok: true }
    if (choice === 'overwrite') {
      this.#conflict = null
      this.#saver.resume(conflict.revision, this.#history.present, true)
      this.#emit()
      return { ok: true }
    }
    let copyId: string | undefined
    if (choice === 'keep-mine') {
      const copy = await this.#store.create(this.#history.present)
      if (!copy.ok) return copy
      copyId = copy.id
    }
    const theirs = conflict.content
    if (!theirs.ok) {
      const reason = t(messages.theirsUnreadable, { reason: theirs.reason })
      return copyId === undefined ? { ok: false, reason } : { ok: true, copyId }
    }
    this.#conflict = null
    this.#history = recordChange(this.#history, theirs.value, undefined, this.#now())
    this.#store.forgetUnsaved(this.#id)
    this.#saver.resume(conflict.revision)
    this.#emit()
    return copyId === undefined ? { ok: true } : { ok: true, copyId }
  }

  /** Stops listening to the page and other tabs; a write under way or waiting still goes through. */
  close(): void {
    this.#saver.flush()
    this.#channel.close()
    this.#stopPageHide()
    this.#listeners.clear()
  }

  #show(next: History<T>): void {
    if (next === this.#history) return
    this.#history = next
    this.#saver.save(next.present)
    this.#emit()
  }

  /**
   * Another tab saved this draft. With nothing unsaved here, this tab shows their content (its undo
   * steps go: undoing past their save would take back their work unseen). With changes unsaved here,
   * it is a conflict, known before this tab tries to write.
   */
  async #heard(notice: SavedNotice): Promise<void> {
    if (notice.id !== this.#id || notice.revision <= this.#saver.revision) return
    const theirs = await this.#store.stored(this.#id)
    if (!theirs || theirs.revision <= this.#saver.revision) return
    if (this.#saver.clean && !this.#conflict && theirs.content.ok) {
      this.#history = startHistory(theirs.content.value)
      this.#saver.resume(theirs.revision)
    } else {
      this.#conflict = theirs
      this.#saver.block()
    }
    this.#emit()
  }

  #makeSnapshot(): DraftSnapshot<T> {
    const history = this.#history
    return {
      content: history.present,
      canUndo: history.past.length > 0,
      canRedo: history.future.length > 0,
      save: this.#saver.status,
      conflict: this.#conflict,
    }
  }

  #emit(): void {
    this.#snapshot = this.#makeSnapshot()
    for (const listener of this.#listeners) listener()
  }
}
