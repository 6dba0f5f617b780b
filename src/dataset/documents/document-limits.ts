import { TEXT_LIMITS } from '../format/format-constants'
import type { DocumentNote, DocumentRefusal } from './document-note'

/**
 * A text the format keeps as a source's title or outlet, or undefined with a note when it is longer
 * than the format allows (a page's title that is really a paragraph): cutting it would misquote it.
 */
export function withinLimit(
  value: string | undefined,
  limit: number,
  field: 'title' | 'outlet',
  notes: DocumentNote[],
): string | undefined {
  if (value === undefined) return undefined
  const text = value.replace(/\s+/g, ' ').trim()
  if (text === '') return undefined
  if (text.length <= limit) return text
  notes.push({ code: 'fieldTooLong', field, length: text.length, limit })
  return undefined
}

/** Why an article's text is too long for a story's source, or null. */
export function tooLong(text: string): DocumentRefusal | null {
  if (text.length <= TEXT_LIMITS.sourceText) return null
  return { code: 'tooLong', length: text.length, limit: TEXT_LIMITS.sourceText }
}
