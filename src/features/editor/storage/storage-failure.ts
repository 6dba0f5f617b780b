/**
 * Why the browser did not keep a draft, as a code: its storage is full, it refuses storage (a private
 * window, blocked storage), or a write failed otherwise, with what the browser said (`said`, its error's
 * name and message, in the browser's words). The editor words it in the reader's language
 * (features/editor/draft-reason-words.tsx), the browser's words only as a detail.
 */
export type StorageFailure =
  | { code: 'storageQuota' }
  | { code: 'storageRefused' }
  | { code: 'storageFailed'; said: string }

/**
 * What the editor says of a draft it could not open, save, copy or export: a storage failure as a code,
 * or words already in the reader's language (a damaged draft's reason, "no such story").
 */
export type DraftReason = string | StorageFailure

// One object each, so that a status that says the same thing twice is the same status.
const QUOTA: StorageFailure = Object.freeze({ code: 'storageQuota' })
const REFUSED: StorageFailure = Object.freeze({ code: 'storageRefused' })

/** The browser's storage for the site is full. */
export const quotaReason = (): StorageFailure => QUOTA
/** The browser refuses to keep anything for the site (a private window, blocked storage). */
export const refusedReason = (): StorageFailure => REFUSED

// Dexie's names for a database that cannot be opened or used at all, and the browsers' own: a missing
// IndexedDB, an open that failed (Firefox's private windows before v115), storage blocked by the site's
// settings (SecurityError), a connection closed under us (the site's data cleared).
const REFUSED_NAMES = new Set([
  'MissingAPIError',
  'OpenFailedError',
  'DatabaseClosedError',
  'SecurityError',
  'InvalidStateError',
  'InvalidAccessError',
])
// QuotaExceededError as the DOMException and as Dexie's class; Firefox's older name for it.
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'])

/**
 * Why a write or an open failed. Dexie may wrap the browser's error: Chrome aborts the transaction when
 * the disk is full, so the error is Dexie's AbortError with the QuotaExceededError as its `inner`
 * (dexie.org/docs/DexieErrors/Dexie.QuotaExceededError); an OpenFailedError holds the reason in `inner`
 * too. So the whole chain is looked at.
 */
export function describeStorageFailure(error: unknown): StorageFailure {
  const chain = errorChain(error)
  const names = chain.map((link) => link.name)
  if (names.some((name) => QUOTA_NAMES.has(name))) return QUOTA
  if (names.some((name) => REFUSED_NAMES.has(name))) return REFUSED
  const first = chain[0]
  return { code: 'storageFailed', said: first ? `${first.name}: ${first.message}` : String(error) }
}

/** Whether two reasons say the same (a failure's code and the browser's words, or the same words). */
export function sameReason(one: DraftReason, other: DraftReason): boolean {
  if (typeof one === 'string' || typeof other === 'string') return one === other
  return one.code === other.code && ('said' in one ? one.said : '') === ('said' in other ? other.said : '')
}

type ErrorLink = { name: string; message: string }

// The error and those it wraps (Dexie's `inner`, the standard `cause`), a few deep at most: a cycle of
// errors must not loop.
function errorChain(error: unknown): ErrorLink[] {
  const chain: ErrorLink[] = []
  let at: unknown = error
  while (chain.length < 5 && typeof at === 'object' && at !== null) {
    const name = 'name' in at && typeof at.name === 'string' ? at.name : ''
    const message = 'message' in at && typeof at.message === 'string' ? at.message : ''
    chain.push({ name, message })
    at = 'inner' in at && at.inner ? at.inner : 'cause' in at ? at.cause : undefined
  }
  return chain
}
