import type { DraftParagraph, Span } from './draft-types'
import { CLOSING_MARKS, OPENING_MARKS } from './quote-marks'
import type { QuoteSpan } from './quote-spans'

const CLOSERS = new RegExp(`[${CLOSING_MARKS})\\]]`, 'u')
const FOOTNOTE = /^(?:\[(?:\d{1,3}|[a-z])\])+/u
const NEXT_STARTS = new RegExp(`^\\s+[${OPENING_MARKS}(\\p{Lu}\\p{N}]`, 'u')

export type Sentence = Span & { paragraph: number; index: number }

// Words whose full stop does not end a sentence.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st jr sr gen col lt sgt capt adm rep sen gov prof rev no vs etc inc ltd co corp dept est fig jan feb mar apr aug sep sept oct nov dec mt ft'.split(
    ' ',
  ),
)

/**
 * The sentences of each paragraph. A sentence ends at . ! ? or … (with any closing marks after it)
 * before a space and a capital, a digit or an opening mark; never inside a quoted span, so a quote and
 * the words attributing it ("“…,” Patel said.") stay one sentence, and never after an abbreviation
 * ("Mr.", "U.S.", "a.m.") or an initial.
 */
export function splitSentences(
  text: string,
  paragraphs: readonly DraftParagraph[],
  quotes: readonly QuoteSpan[],
): Sentence[] {
  const sentences: Sentence[] = []
  let quoteIndex = 0
  for (const paragraph of paragraphs) {
    let start = paragraph.start
    for (let at = paragraph.start; at < paragraph.end; at++) {
      while (quoteIndex < quotes.length && (quotes[quoteIndex]?.span.end ?? 0) < at) quoteIndex++
      const quote = quotes[quoteIndex]
      if (quote && at >= quote.span.start && at < quote.span.end) continue
      if (!/[.!?…]/.test(text[at] ?? '')) continue
      let end = at + 1
      while (end < paragraph.end && CLOSERS.test(text[end] ?? '')) end++
      // A note's number after the full stop (".[1]") and the marks after it stay with the sentence.
      const note = FOOTNOTE.exec(text.slice(end, end + 16))
      if (note) end += note[0].length
      const next = text.slice(end, end + 3)
      if (!NEXT_STARTS.test(next)) continue
      if (text[at] === '.' && isAbbreviation(text, at)) continue
      push(sentences, text, start, end, paragraph.number)
      start = end
      at = end - 1
    }
    push(sentences, text, start, paragraph.end, paragraph.number)
  }
  return sentences
}

function isAbbreviation(text: string, dot: number): boolean {
  let wordStart = dot
  while (wordStart > 0 && /[\p{L}.]/u.test(text[wordStart - 1] ?? '')) wordStart--
  const word = text.slice(wordStart, dot)
  if (/^\p{Lu}$/u.test(word)) return true // an initial: "John F. Kennedy"
  if (/\./.test(word)) return true // "U.S.", "a.m."
  return ABBREVIATIONS.has(word.toLowerCase())
}

function push(sentences: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  let from = start
  let to = end
  while (from < to && /\s/.test(text[from] ?? '')) from++
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--
  if (to > from) sentences.push({ start: from, end: to, paragraph, index: sentences.length })
}

/** The sentence holding an offset. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let low = 0
  let high = sentences.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const sentence = sentences[middle]
    if (!sentence) break
    if (offset < sentence.start) high = middle - 1
    else if (offset >= sentence.end) low = middle + 1
    else return sentence
  }
  return undefined
}
