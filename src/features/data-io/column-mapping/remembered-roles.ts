import type { RememberedRoles, SheetChoice } from '../../../dataset/import/column-choice'
import { headerKey, isColumnRole } from '../../../dataset/import/column-choice'
import { dictionary, lookup } from '../../../lib/dictionary'

/**
 * The columns a reader chose, kept in this browser for the next file with the same header (a monthly
 * export of one tool, say), so that it opens at once. Stored as each header's roles in order; what is
 * stored is read back as untrusted (another version, another tab, a hand edit) and anything malformed
 * is dropped. Storage that is full or forbidden (a private window) only means nothing is remembered.
 */
const STORAGE_KEY = 'story-timeline:column-roles:1'
/** The most recent headers kept: a few dozen tools' exports, a few kilobytes. */
const KEPT = 40

export function readRememberedRoles(storage: Storage | undefined = safeStorage()): RememberedRoles {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '{}')
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return dictionary()
    // Keyed by headers' names: a dictionary, so that no name is a key of Object's.
    const kept: RememberedRoles = dictionary()
    for (const [key, value] of Object.entries(parsed)) {
      const { roles, dateOrder } = (typeof value === 'object' && value !== null ? value : {}) as Record<
        string,
        unknown
      >
      if (!Array.isArray(roles) || !roles.every(isColumnRole)) continue
      kept[key] = dateOrder === 'day-first' || dateOrder === 'month-first' ? { roles, dateOrder } : { roles }
    }
    return kept
  } catch {
    return dictionary()
  }
}

/** Keeps a header's roles and date order (the newest last; the oldest forgotten past KEPT). */
export function rememberRoles(
  header: readonly string[],
  { roles, dateOrder }: Pick<SheetChoice, 'roles' | 'dateOrder'>,
  storage: Storage | undefined = safeStorage(),
): void {
  const key = headerKey(header)
  const { [key]: _replaced, ...others } = readRememberedRoles(storage)
  const kept = {
    roles: header.map((column) => lookup(roles, column) ?? 'none'),
    ...(dateOrder ? { dateOrder } : {}),
  }
  const entries = [...Object.entries(others), [key, kept] as const]
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(entries.slice(-KEPT))))
  } catch {
    // Full or forbidden: the choice holds for this file only.
  }
}

/** Forgets a header's roles (the reader chose "don't remember" for it). */
export function forgetRoles(header: readonly string[], storage: Storage | undefined = safeStorage()): void {
  const { [headerKey(header)]: _forgotten, ...others } = readRememberedRoles(storage)
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(others))
  } catch {
    // Nothing to do: it was not stored either.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage
  } catch {
    return undefined
  }
}
