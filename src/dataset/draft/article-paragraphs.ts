import type { DraftParagraph, Span } from './draft-types'

/** Saved articles open with " date YYYY-MM-DD " before their standfirst (the seed article does). */
const DATE_MARKER = /^\s*date (\d{4}-\d{2}-\d{2})\s+/

/**
 * A paragraph as the article is read: one line of the text, or, in text hard-wrapped at a width (from
 * a PDF or an e-mail), the lines that make one paragraph. `lines` are the numbers of the lines (the
 * app's paragraphs) it covers; `lead` where its words start after a dateline ("PRAGUE (AP) — ").
 */
export type ReadingParagraph = DraftParagraph & { lines: number[]; lead: number }

/**
 * The paragraphs of an article: its non-empty lines, numbered from 1, as the app numbers them (what
 * quotes and events cite), and the paragraphs to read (`blocks`): the same lines, or, when the text is
 * hard-wrapped, the lines joined into the paragraphs they make (`wrapped`).
 */
export type ArticleParagraphs = {
  paragraphs: DraftParagraph[]
  blocks: ReadingParagraph[]
  wrapped: boolean
  standfirst?: Span
  markedDate?: string
}

/**
 * Splits the text into paragraphs as the app numbers them (splitParagraphs in validate/, which this
 * layer may not import: the same rule, with offsets kept) and says which is a heading, the standfirst
 * or page furniture (a photo's caption with its credit, "Reporting by …; Editing by …"). A heading is
 * a short paragraph with no sentence's end (a note's number "[1]" or an agency's name "(AP)" after the
 * last words make it no heading). Hard-wrapped text is read as the paragraphs its lines make.
 */
export function readParagraphs(text: string, standfirst?: boolean): ArticleParagraphs {
  const paragraphs: DraftParagraph[] = []
  const lines = /[^\r\n]+/g
  for (const match of text.matchAll(lines)) {
    if (match[0].trim() === '') continue
    const start = match.index
    paragraphs.push({ number: paragraphs.length + 1, start, end: start + match[0].length, part: 'body' })
  }
  const wrapped = isHardWrapped(text, paragraphs)
  const blocks = wrapped ? joinWrappedLines(text, paragraphs) : paragraphs.map(ownBlock)
  const first = blocks[0]
  const marker = first ? DATE_MARKER.exec(text.slice(first.start, first.end)) : null
  let standfirstSpan: Span | undefined
  if (first && (standfirst ?? marker !== null)) {
    first.part = 'standfirst'
    standfirstSpan = { start: first.start + (marker?.[0].length ?? 0), end: first.end }
  }
  for (const block of blocks) {
    if (block.part !== 'body') continue
    const words = text.slice(block.start, block.end)
    if (isFurniture(words)) block.part = 'furniture'
    else if (isHeading(words)) block.part = 'heading'
    else block.lead = block.start + datelineLength(words)
  }
  for (const block of blocks) {
    for (const number of block.lines) {
      const line = paragraphs[number - 1]
      if (line) line.part = block.part
    }
  }
  const result: ArticleParagraphs = { paragraphs, blocks, wrapped }
  if (standfirstSpan) result.standfirst = standfirstSpan
  if (marker?.[1]) result.markedDate = marker[1]
  return result
}

function ownBlock(line: DraftParagraph): ReadingParagraph {
  return { ...line, lines: [line.number], lead: line.start }
}

// What may stand after a paragraph's last words and say nothing of its shape: notes' numbers ("[1]",
// "[a]"), an agency's name ("(AP)", "(Reuters)"), a closing mark.
const TRAILER =
  /(?:\s*(?:\[(?:\d{1,3}|[a-z])\]|\((?:AP|AFP|Reuters|dpa|DPA|UPI|PA|Xinhua|Bloomberg|[A-Z]{2,5})\)))+\s*$/u

/** A heading: a short paragraph that ends no sentence; one ending in a note's number or an agency's name is body. */
export function isHeading(paragraph: string): boolean {
  const trimmed = paragraph.trim()
  if (trimmed.length > 120 || TRAILER.test(trimmed)) return false
  // Read as one line: a hard-wrapped heading's lines are one heading.
  return !/[.!?…]["”’»«“」』)]*$/u.test(trimmed) && !/\p{Ll}{3}[.!?]["”’»)]*\s+\p{Lu}\p{Ll}/u.test(trimmed)
}

// A photo's caption ending with its credit ("… July 5, 2022. REUTERS/Henry Nicholls", "(AP Photo/Petr
// David Josek)", "Photo: Jane Doe"), and a news agency's line of who reported and edited ("Reporting by
// Alistair Smout; Editing by Kate Holton"): the page's, not the story's.
const PHOTO_CREDIT =
  /(?:\b\p{Lu}{2,}(?:\s+Photo)?\s*\/\s*[\p{L}\p{M} .'’-]{2,60}|\((?:\p{Lu}{2,}\s+)?(?:Photo|Picture|Image)s?\b[^)]{0,80}\)|\b(?:Photo|Picture|Image|Credit)s?\s*(?:by|:)\s*[\p{L}\p{M} .'’/-]{2,60})\s*$/u
const STAFF_LINE =
  /^\s*\(?(?:(?:Additional\s+)?[Rr]eporting|Writing|Written|Editing|Edited|Compiled|Produced|Research|Graphics|Translation|Translated)\s+by\b[^.!?]*\)?\s*$/u

export function isFurniture(paragraph: string): boolean {
  return STAFF_LINE.test(paragraph) || PHOTO_CREDIT.test(paragraph.trim())
}

// "PRAGUE (AP) — ", "WASHINGTON, Sept 15 (Reuters) - ", "KYIV, Ukraine (AP) — ", "LONDON — ": the
// place in capitals (and the agency) the wire puts before the first sentence.
const DATELINE =
  /^\s*\p{Lu}[\p{Lu}\p{M}'’.-]+(?:[ -][\p{Lu}\p{M}'’.-]+){0,3}(?:,\s*[\p{L}\p{M}.]+(?:\s+[\p{L}\p{M}.]+){0,2})?(?:,?\s*\d{1,2})?\s*(?:\([^()]{1,40}\)\s*)?[—–-]{1,2}\s+/u

/** How long the dateline opening a paragraph is, or 0. */
export function datelineLength(paragraph: string): number {
  const match = DATELINE.exec(paragraph)
  if (!match) return 0
  // "LONDON — " needs its place in capitals; "Prague (AP) —" its agency.
  const place = /^\s*([\p{L}\p{M}'’.-]+)/u.exec(match[0])?.[1] ?? ''
  const shouting = place.length >= 2 && place === place.toUpperCase()
  return shouting || /\([^()]+\)/.test(match[0]) ? match[0].length : 0
}

// Hard-wrapped text: most long lines stop short of their sentence's end (no closing stop, the next
// line going on in lower case or with a word that would not have fitted), all within a width.
const SENTENCE_END = /[.!?…:]["”’»«“」』)\]]*$|\[\d{1,3}\]$/u

function isHardWrapped(text: string, lines: readonly DraftParagraph[]): boolean {
  if (lines.length < 3) return false
  const width = wrapWidth(text, lines)
  if (width === null) return false
  let long = 0
  let broken = 0
  lines.forEach((line, index) => {
    const words = text.slice(line.start, line.end).trimEnd()
    if (words.length < width * 0.7) return
    long++
    const next = lines[index + 1]
    if (!next || blankBetween(text, line, next) || SENTENCE_END.test(words)) return
    broken++
  })
  return broken >= 2 && broken >= long * 0.4
}

// The width the lines were wrapped at: the length nine lines in ten keep within, if at most 110
// characters (an article of one line per paragraph has longer ones).
function wrapWidth(text: string, lines: readonly DraftParagraph[]): number | null {
  const lengths = lines.map((line) => text.slice(line.start, line.end).trimEnd().length).sort((a, b) => a - b)
  const width = lengths[Math.floor((lengths.length - 1) * 0.9)] ?? 0
  return width >= 30 && width <= 110 ? width : null
}

function blankBetween(text: string, line: DraftParagraph, next: DraftParagraph): boolean {
  return /\n[ \t]*\r?\n/.test(text.slice(line.end, next.start))
}

// Lines go on into the next unless a blank line, an indent or a list's mark stands between them, or
// the next line's first word would have fitted on this one (the wrapping would have put it there).
function joinWrappedLines(text: string, lines: readonly DraftParagraph[]): ReadingParagraph[] {
  const width = wrapWidth(text, lines) ?? 80
  const blocks: ReadingParagraph[] = []
  let current: ReadingParagraph | null = null
  lines.forEach((line, index) => {
    if (!current) {
      current = {
        number: blocks.length + 1,
        start: line.start,
        end: line.end,
        part: 'body',
        lines: [],
        lead: line.start,
      }
      blocks.push(current)
    }
    current.end = line.end
    current.lines.push(line.number)
    const next = lines[index + 1]
    if (!next || !goesOn(text, line, next, width)) current = null
  })
  return blocks
}

function goesOn(text: string, line: DraftParagraph, next: DraftParagraph, width: number): boolean {
  if (blankBetween(text, line, next)) return false
  const words = text.slice(line.start, line.end).trimEnd()
  const following = text.slice(next.start, next.end)
  const indent = (words: string) => /^[ \t]*/.exec(words)?.[0].length ?? 0
  if (indent(following) > indent(words) || /^\s*(?:[-*•·]|\d{1,2}[.)])\s/u.test(following)) return false
  if (/^\s*\p{Ll}/u.test(following) && !SENTENCE_END.test(words)) return true
  const firstWord = /^\s*(\S+)/.exec(following)?.[1] ?? ''
  return words.length + 1 + firstWord.length > width
}

/** The paragraph holding an offset. */
export function paragraphAt<T extends DraftParagraph>(
  paragraphs: readonly T[],
  offset: number,
): T | undefined {
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
