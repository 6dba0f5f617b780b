import { t } from '../../../i18n/i18n-store'
import { defineMessages } from '../../../i18n/messages'

/** What a person is told when the browser does not keep a draft: what happened and what to do. */
const messages = defineMessages({
  quota: {
    id: 'editor.storage.quota',
    defaultMessage:
      'Your browser’s storage for this site is full, so this story is not being saved. Export JSON to keep it; deleting stories you no longer need frees space.',
  },
  refused: {
    id: 'editor.storage.refused',
    defaultMessage:
      'Your browser is not keeping this story: it refused storage (private window?). Export JSON to keep it.',
  },
  failed: {
    id: 'editor.storage.failed',
    defaultMessage:
      'Saving failed ({said}). Your changes are still here: export JSON to keep them; the next change tries again.',
  },
})

/** The browser's storage for the site is full. */
export const quotaReason = (): string => t(messages.quota)
/** The browser refuses to keep anything for the site (a private window, blocked storage). */
export const refusedReason = (): string => t(messages.refused)

// Dexie's names for a database that cannot be opened or used at all, and the browsers' own: a missing
// IndexedDB, an open that failed (Firefox's private windows before v115), storage blocked by the site's
// settings (SecurityError), a connection closed under us (the site's data cleared).
const REFUSED = new Set([
  'MissingAPIError',
  'OpenFailedError',
  'DatabaseClosedError',
  'SecurityError',
  'InvalidStateError',
  'InvalidAccessError',
])
// QuotaExceededError as the DOMException and as Dexie's class; Firefox's older name for it.
const QUOTA = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'])

/**
 * The reason a write or an open failed, in words a person can act on. Dexie may wrap the browser's
 * error: Chrome aborts the transaction when the disk is full, so the error is Dexie's AbortError with
 * the QuotaExceededError as its `inner` (dexie.org/docs/DexieErrors/Dexie.QuotaExceededError); an
 * OpenFailedError holds the reason in `inner` too. So the whole chain is looked at.
 */
export function describeStorageFailure(error: unknown): string {
  const names = errorChain(error).map((link) => link.name)
  if (names.some((name) => QUOTA.has(name))) return quotaReason()
  if (names.some((name) => REFUSED.has(name))) return refusedReason()
  const first = errorChain(error)[0]
  const said = first ? `${first.name}: ${first.message}` : String(error)
  return t(messages.failed, { said })
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
