import type { DraftParagraph, Span } from './draft-types'

/** Saved articles open with " date YYYY-MM-DD " before their standfirst (the seed article does). */
const DATE_MARKER = /^\s*date (\d{4}-\d{2}-\d{2})\s+/

/** The paragraphs of an article: its non-empty lines, numbered from 1, with where each stands. */
export type ArticleParagraphs = { paragraphs: DraftParagraph[]; standfirst?: Span; markedDate?: string }

/**
 * Splits the text into paragraphs as the app numbers them (splitParagraphs in validate/, which this
 * layer may not import: the same rule, with offsets kept) and says which is a heading or the standfirst.
 * A heading is the checker's: a short line with no closing full stop, question or exclamation mark.
 */
export function readParagraphs(text: string, standfirst?: boolean): ArticleParagraphs {
  const paragraphs: DraftParagraph[] = []
  const lines = /[^\r\n]+/g
  for (const match of text.matchAll(lines)) {
    if (match[0].trim() === '') continue
    const start = match.index
    paragraphs.push({ number: paragraphs.length + 1, start, end: start + match[0].length, part: 'body' })
  }
  const first = paragraphs[0]
  const marker = first ? DATE_MARKER.exec(text.slice(first.start, first.end)) : null
  let standfirstSpan: Span | undefined
  if (first && (standfirst ?? marker !== null)) {
    first.part = 'standfirst'
    standfirstSpan = { start: first.start + (marker?.[0].length ?? 0), end: first.end }
  }
  for (const paragraph of paragraphs) {
    if (paragraph.part === 'body' && isHeading(text.slice(paragraph.start, paragraph.end))) {
      paragraph.part = 'heading'
    }
  }
  const result: ArticleParagraphs = { paragraphs }
  if (standfirstSpan) result.standfirst = standfirstSpan
  if (marker?.[1]) result.markedDate = marker[1]
  return result
}

export function isHeading(line: string): boolean {
  const trimmed = line.trim()
  return trimmed.length <= 120 && !/[.!?…]["”’)]*$/.test(trimmed)
}

/** The paragraph holding an offset. */
export function paragraphAt(
  paragraphs: readonly DraftParagraph[],
  offset: number,
): DraftParagraph | undefined {
  let low = 0
  let high = paragraphs.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const paragraph = paragraphs[middle]
    if (!paragraph) break
    if (offset < paragraph.start) high = middle - 1
    else if (offset >= paragraph.end) low = middle + 1
    else return paragraph
  }
  return undefined
}
