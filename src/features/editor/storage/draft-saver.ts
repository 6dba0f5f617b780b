import type { DraftStore, TheirDraft } from './draft-store'
import { type DraftReason, sameReason } from './storage-failure'

/**
 * Whether what the person sees is kept: 'saved' (in IndexedDB; a reload, a crash or a closed tab loses
 * nothing), 'saving' (a write is under way), 'failed' (the browser did not keep it: the reason says
 * why and what to do; the content stays in the page and the next change tries again), 'conflict'
 * (another tab saved this draft since: nothing is written until the person chooses).
 */
export type SaveStatus =
  | { state: 'saved' }
  | { state: 'saving' }
  | { state: 'failed'; reason: DraftReason }
  | { state: 'conflict'; reason: string }

export const CONFLICT_REASON =
  'This story was changed in another tab since this tab last saved it, so your changes here are not saved yet. Take theirs, keep yours as a copy, or overwrite theirs.'

type SaverEvents<T> = {
  status(status: SaveStatus): void
  saved(revision: number): void
  /** Another tab's draft, told before the status turns to 'conflict'. */
  conflict(theirs: TheirDraft<T>): void
}

/**
 * Saves one draft's content as it changes, one write at a time. A change never waits for a write: it
 * becomes the content to save next, replacing any that was waiting (only the newest matters), and the
 * write starts after the current task, so the changes of one event are one write.
 */
export class DraftSaver<T> {
  readonly #store: DraftStore<T>
  readonly #id: string
  readonly #events: SaverEvents<T>
  #revision: number
  #status: SaveStatus = { state: 'saved' }
  /** Content newer than the database's, waiting for its write. */
  #latest: { content: T } | null = null
  #writing = false
  #queued = false
  /** A write failed: the next change (or a flush) tries again, not a loop. */
  #held = false
  /** Another tab saved first: nothing is written until resume(). */
  #blocked = false
  #overwrite = false

  constructor(store: DraftStore<T>, id: string, revision: number, events: SaverEvents<T>) {
    this.#store = store
    this.#id = id
    this.#revision = revision
    this.#events = events
  }

  get revision(): number {
    return this.#revision
  }

  get status(): SaveStatus {
    return this.#status
  }

  /** True when the database holds what the page shows and no write is under way. */
  get clean(): boolean {
    return this.#latest === null && !this.#writing
  }

  /** Saves `content` as soon as the write before it ends. */
  save(content: T): void {
    this.#latest = { content }
    this.#held = false
    if (this.#blocked) return
    this.#setStatus({ state: 'saving' })
    if (this.#writing || this.#queued) return
    this.#queued = true
    queueMicrotask(() => {
      this.#queued = false
      void this.#drain()
    })
  }

  /** Starts the waiting write now, or tries a failed one again (the page is being hidden or closed). */
  flush(): void {
    this.#held = false
    void this.#drain()
  }

  /** Content that the browser refused, held to be tried again with the next change or a flush. */
  hold(content: T, reason: DraftReason): void {
    this.#latest = { content }
    this.#held = true
    this.#setStatus({ state: 'failed', reason })
  }

  /** Stops writing: another tab saved a revision this one has not seen. */
  block(): void {
    this.#blocked = true
    this.#setStatus({ state: 'conflict', reason: CONFLICT_REASON })
  }

  /**
   * Takes up from the stored `revision` after a conflict (or another tab's save this one adopted):
   * with `content`, writes it over that revision (over anything, with `overwrite`); without, the page
   * shows what is stored, so nothing is waiting.
   */
  resume(revision: number, content?: T, overwrite = false): void {
    this.#revision = revision
    this.#blocked = false
    this.#overwrite = overwrite
    this.#latest = null
    if (content === undefined) {
      if (!this.#writing) this.#setStatus({ state: 'saved' })
      return
    }
    this.save(content)
  }

  async #drain(): Promise<void> {
    if (this.#writing) return
    this.#writing = true
    try {
      while (this.#latest && !this.#blocked && !this.#held) {
        const { content } = this.#latest
        this.#latest = null
        this.#setStatus({ state: 'saving' })
        const overwrite = this.#overwrite
        this.#overwrite = false
        const result = await this.#store.write(this.#id, content, this.#revision, overwrite)
        if (result.kind === 'saved') {
          this.#revision = result.revision
          this.#events.saved(result.revision)
        } else if (result.kind === 'conflict') {
          this.#latest ??= { content }
          this.#events.conflict(result.theirs)
          this.block()
        } else {
          // A newer change waiting is the retry; else this content waits for the next change.
          if (!this.#latest) this.hold(content, result.reason)
          else this.#setStatus({ state: 'failed', reason: result.reason })
        }
      }
    } finally {
      this.#writing = false
    }
    if (!this.#latest && !this.#blocked) this.#setStatus({ state: 'saved' })
  }

  #setStatus(status: SaveStatus): void {
    const now = this.#status
    if (
      now.state === status.state &&
      sameReason('reason' in now ? now.reason : '', 'reason' in status ? status.reason : '')
    )
      return
    this.#status = status
    this.#events.status(status)
  }
}
