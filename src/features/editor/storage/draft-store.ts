import { t } from '../../../i18n/i18n-store'
import { defineMessages } from '../../../i18n/messages'
import type { DraftDatabase, DraftRow } from './draft-database'
import { newDraftId } from './draft-ids'
import { defaultTitle, UNTITLED } from './draft-title'
import { pageDrafts, queueWrite, writesSettled } from './page-drafts'
import type { ParseContent, Parsed, TitleOf } from './parse-content'
import { type DraftReason, describeStorageFailure } from './storage-failure'
import { rawJson, readStoredDraft } from './stored-draft'

const messages = defineMessages({
  noSuchStory: { id: 'editor.storage.noSuchStory', defaultMessage: 'There is no such story.' },
})

/** A draft opened for editing, or why it cannot be. */
export type OpenedDraft<T> =
  | {
      kind: 'ready'
      content: T
      /** The stored revision this content is based on (the next write must find it still there). */
      revision: number
      /** Set when this content is newer than what the browser keeps: why it was not saved. */
      unsaved?: DraftReason
    }
  | { kind: 'missing' }
  | { kind: 'damaged'; reason: string; title: string; json: string | null }
  | { kind: 'unavailable'; reason: DraftReason }

/** What another tab saved: its revision, when, and its content (which may not be readable). */
export type TheirDraft<T> = { revision: number; updatedAt: number; content: Parsed<T> }

/** How a write ended: saved as a new revision, refused because another tab saved first, or failed. */
export type WriteResult<T> =
  | { kind: 'saved'; revision: number; updatedAt: number }
  | { kind: 'conflict'; theirs: TheirDraft<T> }
  | { kind: 'failed'; reason: DraftReason }

/** A new draft's id; `unsaved` says why the browser does not keep it (the page does, until it closes). */
export type Created = { ok: true; id: string; unsaved?: DraftReason } | { ok: false; reason: DraftReason }
export type StoreResult = { ok: true } | { ok: false; reason: DraftReason }

/**
 * The drafts of one kind of content in IndexedDB: open, write over a known revision, create, copy,
 * delete (softly) and restore. Every read goes through `parse`: stored data is outside data. Nothing
 * here throws for a storage failure: results say what went wrong, in words for the person.
 */
export class DraftStore<T> {
  readonly db: DraftDatabase
  readonly #parse: ParseContent<T>
  readonly #titleOf: TitleOf<T>
  readonly #now: () => number

  constructor(
    db: DraftDatabase,
    parse: ParseContent<T>,
    options: { titleOf?: TitleOf<T>; now?: () => number } = {},
  ) {
    this.db = db
    this.#parse = parse
    this.#titleOf = options.titleOf ?? defaultTitle
    this.#now = options.now ?? Date.now
  }

  async open(id: string): Promise<OpenedDraft<T>> {
    // A write this page started (an editor closed a moment ago) ends first, so its revision is read.
    await writesSettled(this.db, id)
    const kept = pageDrafts(this.db).unsaved.get(id)
    let stored: unknown
    try {
      stored = await this.db.drafts.get(id)
    } catch (error) {
      return kept ? this.#keptDraft(kept.row, describeStorageFailure(error)) : unavailable(error)
    }
    if (kept) return this.#keptDraft(kept.row, kept.reason)
    if (stored === undefined) return { kind: 'missing' }
    const read = readStoredDraft(stored)
    if (!read.ok) return damaged(read.reason, stored, stored)
    const parsed = this.#parse(read.row.content)
    if (!parsed.ok) return damaged(parsed.reason, read.row.content, stored)
    return { kind: 'ready', content: parsed.value, revision: read.row.revision }
  }

  /**
   * Writes content over revision `base`, in one transaction that first reads the stored revision: if
   * another tab saved since (or the row is not readable), nothing is written and their draft comes back,
   * unless `overwrite` (the person chose to). A draft that is not there at all (created while storage
   * was refused, or purged) is written anew.
   */
  write(id: string, content: T, base: number, overwrite = false): Promise<WriteResult<T>> {
    const { drafts } = this.db
    const updatedAt = this.#now()
    return queueWrite(this.db, id, async () => {
      let title = UNTITLED
      try {
        title = this.#titleOf(content)
        const result = await this.db.transaction('rw', drafts, async (): Promise<WriteResult<T>> => {
          const stored: unknown = await drafts.get(id)
          const read = stored === undefined ? null : readStoredDraft(stored)
          if (read && !overwrite && (!read.ok || read.row.revision !== base)) {
            return { kind: 'conflict', theirs: this.#theirs(stored) }
          }
          // Revisions only grow, so that other tabs never take this save for one they have seen.
          const revision = Math.max(base, read?.ok ? read.row.revision : 0) + 1
          const row: DraftRow = { id, title, updatedAt, revision, content }
          if (read?.ok && read.row.deletedAt !== undefined) row.deletedAt = read.row.deletedAt
          await drafts.put(row)
          return { kind: 'saved', revision: row.revision, updatedAt }
        })
        if (result.kind === 'saved') pageDrafts(this.db).unsaved.delete(id)
        return result
      } catch (error) {
        // Kept in the page, so that the editor opened again here has it (and says it is not saved).
        const reason = describeStorageFailure(error)
        const row: DraftRow = { id, title, updatedAt, revision: base, content }
        pageDrafts(this.db).unsaved.set(id, { row, reason })
        return { kind: 'failed', reason }
      }
    })
  }

  /**
   * Forgets content this page held because its write failed: the person took the stored draft
   * instead (a conflict's 'take theirs'), so opening it again here must not bring the old back.
   */
  forgetUnsaved(id: string): void {
    pageDrafts(this.db).unsaved.delete(id)
  }

  /** What is stored for a draft now (another tab's save), or null when there is nothing or it cannot be read. */
  async stored(id: string): Promise<TheirDraft<T> | null> {
    try {
      const stored: unknown = await this.db.drafts.get(id)
      return stored === undefined ? null : this.#theirs(stored)
    } catch {
      return null
    }
  }

  /** A new draft holding `content` ("New story", "Edit a copy"). Never fails: see Created.unsaved. */
  async create(content: T): Promise<Created> {
    const id = newDraftId()
    const result = await this.write(id, content, 0)
    return result.kind === 'failed' ? { ok: true, id, unsaved: result.reason } : { ok: true, id }
  }

  /** A new draft with the content of a readable one (My stories' Duplicate). */
  async duplicate(id: string): Promise<Created> {
    const opened = await this.open(id)
    if (opened.kind !== 'ready') return { ok: false, reason: cannotCopy(opened) }
    return this.create(opened.content)
  }

  /** Deletes a draft softly: it leaves My stories, and can be restored for 30 days. */
  remove(id: string): Promise<StoreResult> {
    const deletedAt = this.#now()
    if (pageDrafts(this.db).unsaved.delete(id)) return Promise.resolve({ ok: true })
    return this.#modify(id, (row) => {
      row.deletedAt = deletedAt
    })
  }

  /** Brings a deleted draft back to My stories. */
  restore(id: string): Promise<StoreResult> {
    return this.#modify(id, (row) => {
      delete row.deletedAt
    })
  }

  /** The stored content of a draft as JSON (a damaged one too), for Export JSON. */
  async exportJson(id: string): Promise<{ ok: true; json: string } | { ok: false; reason: DraftReason }> {
    try {
      const stored: unknown = await this.db.drafts.get(id)
      if (stored === undefined) return { ok: false, reason: t(messages.noSuchStory) }
      const read = readStoredDraft(stored)
      return rawJson(read.ok ? read.row.content : stored)
    } catch (error) {
      return { ok: false, reason: describeStorageFailure(error) }
    }
  }

  async #modify(id: string, change: (row: DraftRow) => void): Promise<StoreResult> {
    try {
      const count = await this.db.drafts.where(':id').equals(id).modify(change)
      return count > 0 ? { ok: true } : { ok: false, reason: t(messages.noSuchStory) }
    } catch (error) {
      return { ok: false, reason: describeStorageFailure(error) }
    }
  }

  #theirs(stored: unknown): TheirDraft<T> {
    const read = readStoredDraft(stored)
    if (!read.ok) return { revision: 0, updatedAt: 0, content: read }
    const { revision, updatedAt, content } = read.row
    return { revision, updatedAt, content: this.#parse(content) }
  }

  // A draft the browser did not keep, as the page holds it.
  #keptDraft(row: DraftRow, reason: DraftReason): OpenedDraft<T> {
    const parsed = this.#parse(row.content)
    if (!parsed.ok) return damaged(parsed.reason, row.content, row)
    return { kind: 'ready', content: parsed.value, revision: row.revision, unsaved: reason }
  }
}

function unavailable(error: unknown): OpenedDraft<never> {
  return { kind: 'unavailable', reason: describeStorageFailure(error) }
}

function damaged(reason: string, content: unknown, stored: unknown): OpenedDraft<never> {
  const json = rawJson(content)
  return { kind: 'damaged', reason, title: defaultTitle(stored), json: json.ok ? json.json : null }
}

function cannotCopy(opened: Exclude<OpenedDraft<unknown>, { kind: 'ready' }>): DraftReason {
  if (opened.kind === 'missing') return t(messages.noSuchStory)
  return opened.reason
}
