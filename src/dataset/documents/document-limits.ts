import { formatCount } from '../../lib/format-count'
import { TEXT_LIMITS } from '../format/format-constants'

/**
 * A text the format keeps as a source's title or outlet, or undefined with a note when it is longer
 * than the format allows (a page's title that is really a paragraph): cutting it would misquote it.
 */
export function withinLimit(
  value: string | undefined,
  limit: number,
  what: string,
  notes: string[],
): string | undefined {
  if (value === undefined) return undefined
  const text = value.replace(/\s+/g, ' ').trim()
  if (text === '') return undefined
  if (text.length <= limit) return text
  notes.push(
    `The document’s ${what} is ${formatCount(text.length)} characters long, past the ${formatCount(limit)} a story keeps: it was left out.`,
  )
  return undefined
}

/** Why an article's text is too long for a story's source, or null. */
export function tooLong(text: string): string | null {
  if (text.length <= TEXT_LIMITS.sourceText) return null
  return `This article’s text is ${formatCount(text.length)} characters long; a story’s source text may be at most ${formatCount(TEXT_LIMITS.sourceText)}. Open a shorter document, or paste the part of the article you need into Article text.`
}
