import type { Span } from './draft-types'

const FUTURE =
  /\b(?:will|shall|won’t|won't|is set to|are set to|set for|set to|scheduled|is due|are due|due to|is to|are to|plans? to|planned|expected to|is expected|are expected|upcoming|would|going to|aims? to|intends? to)\b|[’']ll\b/giu
const PAST = /\b(?:said|told|was|were|had|did|met|went|began|took|\p{L}{3,}ed)\b/giu

/**
 * Which way from publication a date without its year points: the verb nearest before it in its
 * sentence ("are set to discuss … on Friday", "set for Thursday", "would like to see the talks resume
 * on September 2" look forward; "Kim said … on Tuesday" back), else the nearest after it ("On
 * Tuesday, Kim said"), else back: news reports what happened.
 */
export function directionAt(text: string, sentence: Span, at: Span): 'past' | 'future' {
  const markers: Array<{ index: number; future: boolean }> = []
  const slice = text.slice(sentence.start, sentence.end)
  for (const match of slice.matchAll(FUTURE))
    markers.push({ index: sentence.start + match.index, future: true })
  for (const match of slice.matchAll(PAST)) {
    const index = sentence.start + match.index
    if (!markers.some((marker) => marker.future && Math.abs(marker.index - index) < 4)) {
      markers.push({ index, future: false })
    }
  }
  const before = markers.filter((marker) => marker.index < at.start).sort((a, b) => b.index - a.index)[0]
  const after = markers.filter((marker) => marker.index >= at.end).sort((a, b) => a.index - b.index)[0]
  const nearest = before ?? after
  return nearest?.future ? 'future' : 'past'
}

// The same words, for one test: a global pattern's test() moves its lastIndex, which matchAll then
// starts from.
const FUTURE_ANYWHERE = new RegExp(FUTURE.source, 'iu')

/** The sentence speaks of what is to come: it is announced, not reported. */
export function looksAhead(text: string, span: Span): boolean {
  return FUTURE_ANYWHERE.test(text.slice(span.start, span.end))
}
