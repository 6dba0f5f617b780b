import { z } from 'zod'
import { t } from '../../../i18n/i18n-store'
import { defineMessages } from '../../../i18n/messages'
import { issueReason } from '../model/unreadable-reason'
import type { DraftRow } from './draft-database'

const messages = defineMessages({
  notReadable: {
    id: 'editor.storage.notReadable',
    defaultMessage: 'The stored draft is not readable: {where}: {message}.',
  },
  theDraft: { id: 'editor.storage.theDraft', defaultMessage: 'the draft' },
  unknown: { id: 'editor.unknownTime', defaultMessage: 'unknown' },
  noContent: { id: 'editor.storage.noContent', defaultMessage: 'The draft holds no content.' },
  notJson: {
    id: 'editor.storage.notJson',
    defaultMessage: 'The draft’s content cannot be written as JSON ({error}).',
  },
})

// zod compiles parsers with new Function() unless told not to; the page's Content-Security-Policy
// forbids eval (as src/dataset/format/schema.ts says). Set here too: this module may load first.
z.config({ jitless: true })

const storedDraft = z.object({
  id: z.string(),
  title: z.string(),
  updatedAt: z.number(),
  revision: z.number().int().nonnegative(),
  content: z.unknown(),
  deletedAt: z.number().optional(),
})

/** A row read back from IndexedDB, or what is wrong with it. */
export type ReadRow = { ok: true; row: DraftRow } | { ok: false; reason: string }

/** Reads a stored row: anything may be in IndexedDB (an older app, another tab, the browser's tools). */
export function readStoredDraft(raw: unknown): ReadRow {
  const result = storedDraft.safeParse(raw)
  if (result.success) return { ok: true, row: result.data }
  const issue = result.error.issues[0]
  const where = issue?.path.join('.') || t(messages.theDraft)
  return {
    ok: false,
    reason: t(messages.notReadable, { where, message: issue ? issueReason(issue) : t(messages.unknown) }),
  }
}

/**
 * A stored draft's content as JSON, for exporting one that can no longer be opened. IndexedDB keeps
 * more than JSON can say (a cycle, a BigInt): then why not.
 */
export function rawJson(content: unknown): { ok: true; json: string } | { ok: false; reason: string } {
  try {
    const json = JSON.stringify(content, null, 2)
    return json === undefined ? { ok: false, reason: t(messages.noContent) } : { ok: true, json }
  } catch (error) {
    return { ok: false, reason: t(messages.notJson, { error: String(error) }) }
  }
}

/**
 * The id of a row that is otherwise not readable, so that it is listed (as damaged) and not dropped.
 * This app writes string ids; a number is what another writer may have used.
 */
export function storedId(raw: unknown): string | null {
  const result = z.object({ id: z.union([z.string(), z.number()]) }).safeParse(raw)
  return result.success ? String(result.data.id) : null
}
