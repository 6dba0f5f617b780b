import type { DraftParagraph, Span } from './draft-types'
import { OPENS_ONLY_BEFORE_WORD, PAIRED_MARKS } from './quote-marks'

/** A quoted stretch of one paragraph: the words between the marks (`span`), and its marks. */
export type QuoteSpan = {
  span: Span
  paragraph: number
  /** Where the opening mark stands. */
  open: number
  /** Where the closing mark stands; null for a quote left open at the paragraph's end. */
  close: number | null
  /** Left open at the paragraph's end: by the convention of running quotes, it goes on in the next. */
  runsOn: boolean
  mark: 'double' | 'single'
}

const LETTER = /[\p{L}\p{N}]/u
const OPENS_AFTER = /[\s(["“‘«»„‹›‚「『—–-]/u

/**
 * Every quoted span of the paragraphs: curly and straight double quotes, and the other languages' marks
 * (quote-marks.ts: „…“, «…», »…«, ‹…›, 「…」; a mark left open runs to the
 * paragraph's end, the convention for a quote that goes on in the next paragraph), and single quotes
 * (curly or straight) used as quote marks, told from apostrophes by what stands around them: an opening
 * mark follows a space and comes before a letter; a closing one is not followed by a letter ("Korea’s").
 * Single quotes inside a double-quoted span are the speaker's own, left to that span.
 */
export function findQuoteSpans(text: string, paragraphs: readonly DraftParagraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  for (const paragraph of paragraphs) {
    const doubles = doubleQuotes(text, paragraph)
    spans.push(...doubles)
    for (const single of singleQuotes(text, paragraph)) {
      if (
        !doubles.some((outer) => single.open > outer.open && single.open < (outer.close ?? paragraph.end))
      ) {
        spans.push(single)
      }
    }
  }
  return spans.sort((a, b) => a.open - b.open)
}

function doubleQuotes(text: string, paragraph: DraftParagraph): QuoteSpan[] {
  const found: QuoteSpan[] = []
  let open: number | null = null
  let closers: readonly string[] = []
  for (let at = paragraph.start; at < paragraph.end; at++) {
    const char = text[at] ?? ''
    if (open !== null && closers.includes(char)) {
      push(found, text, paragraph, open, at, 'double')
      open = null
      continue
    }
    const pair = PAIRED_MARKS.get(char)
    if (pair) {
      if (OPENS_ONLY_BEFORE_WORD.has(char) && !isOpening(text, at)) continue
      // A second opening mark of the same kind before a closing one: the first was never closed; start
      // again here. Another kind inside a quote is the speaker's own quote, left to the outer one.
      if (open === null || text[open] === char) {
        open = at
        closers = pair
      }
    } else if (char === '"' && open === null && isOpening(text, at)) {
      open = at
      closers = ['"']
    }
  }
  if (open !== null) push(found, text, paragraph, open, null, 'double')
  return found
}

function singleQuotes(text: string, paragraph: DraftParagraph): QuoteSpan[] {
  const found: QuoteSpan[] = []
  for (let at = paragraph.start; at < paragraph.end; at++) {
    const char = text[at]
    if ((char !== '‘' && char !== "'") || !isOpening(text, at)) continue
    const closing = char === '‘' ? '’' : "'"
    for (let end = at + 2; end < paragraph.end; end++) {
      if (text[end] !== closing) continue
      const after = text[end + 1] ?? ''
      if (LETTER.test(after) || /\s/.test(text[end - 1] ?? ' ')) continue
      push(found, text, paragraph, at, end, 'single')
      at = end
      break
    }
  }
  return found
}

// An opening mark: at the paragraph's start or after a space or bracket, and before a word.
function isOpening(text: string, at: number): boolean {
  const before = at === 0 ? '\n' : (text[at - 1] ?? '\n')
  const after = text[at + 1] ?? ''
  return (before === '\n' || OPENS_AFTER.test(before)) && after !== '' && !/\s/.test(after)
}

function push(
  found: QuoteSpan[],
  text: string,
  paragraph: DraftParagraph,
  open: number,
  close: number | null,
  mark: QuoteSpan['mark'],
): void {
  let start = open + 1
  let end = close ?? paragraph.end
  while (start < end && /\s/.test(text[start] ?? '')) start++
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--
  if (end <= start || !LETTER.test(text.slice(start, end))) return
  found.push({
    span: { start, end },
    paragraph: paragraph.number,
    open,
    close,
    runsOn: close === null,
    mark,
  })
}
