import type { Span } from './draft-types'
import { hasTag, tagWords } from './nlp-tags'
import { SPEECH_VERBS } from './speech-verbs'

const FUTURE =
  /\b(?:will|shall|won’t|won't|is set to|are set to|set for|set to|scheduled|is due|are due|due to|is to|are to|plans? to|planned|expected to|is expected|are expected|upcoming|would|going to|aims? to|intends? to|forecasts?|forecasted|predicted|likely to)\b|[’']ll\b/giu
const PAST = /\b(?:said|told|was|were|had|did|met|went|began|took|\p{L}{3,}ed)\b/giu
// Present forms that say nothing of when: saying and thinking ("Wu says …" reports what was said, as
// "said" does), being and having ("is the first since 2017").
const TIMELESS = new Set([
  ...SPEECH_VERBS,
  ...'is are has have does do seems seem appears appear remains remain believes believe thinks think hopes hope wants want knows know means mean needs need'.split(
    ' ',
  ),
])
// A relative clause ("mud which would dry out into dust", "families who will be rehoused"): its verb
// is its own, not the verb of the clause a date stands in. It runs to the next comma, semicolon or dash.
const RELATIVE = /\b(?:which|who|whom|whose)\b[^,;:–—]*/giu

/**
 * Which way from publication a date without its year points: the verb of the clause the date stands
 * in, the nearest before it in its sentence ("are set to discuss … on Friday", "set for Thursday",
 * "would like to see the talks resume on September 2" look forward; "Kim said … on Tuesday" back),
 * else the nearest after it ("On Tuesday, Kim said", "On Thursday, Newsday saw"), else back: news
 * reports what happened. A relative clause's verb is not the date's ("On Thursday, Newsday saw trucks
 * hosing down mud which would dry out into dust" is past). Past forms are the lexicon's ("saw", "went")
 * as well as the regular "-ed". A present verb of doing looks ahead ("on May 18th, Facebook becomes a
 * publicly traded company"); one of saying, being or thinking says nothing of when ("Wu says").
 */
export function directionAt(text: string, sentence: Span, at: Span): 'past' | 'future' {
  const slice = text.slice(sentence.start, sentence.end)
  const relatives: Span[] = []
  for (const match of slice.matchAll(RELATIVE)) {
    const start = sentence.start + match.index
    relatives.push({ start, end: start + match[0].length })
  }
  // A relative clause holding the date is the date's own clause; the others are not.
  const elsewhere = (index: number) =>
    relatives.some(
      (clause) =>
        index >= clause.start && index < clause.end && !(at.start >= clause.start && at.start < clause.end),
    )
  const markers: Array<{ index: number; future: boolean }> = []
  for (const match of slice.matchAll(FUTURE))
    markers.push({ index: sentence.start + match.index, future: true })
  const past = (index: number) => {
    if (!markers.some((marker) => marker.future && Math.abs(marker.index - index) < 4))
      markers.push({ index, future: false })
  }
  for (const match of slice.matchAll(PAST)) past(sentence.start + match.index)
  const tags = tagWords(slice)
  for (const [offset] of tags) {
    if (/^\p{Lu}/u.test(slice[offset] ?? '')) continue
    if (hasTag(tags, offset, 'PastTense')) past(sentence.start + offset)
    // A present verb of doing with a date is news of a plan: "on May 18th, Facebook becomes a publicly
    // traded company", "the summit opens Monday".
    else if (
      hasTag(tags, offset, 'PresentTense') &&
      !TIMELESS.has(/^\p{L}+/u.exec(slice.slice(offset))?.[0] ?? '')
    )
      markers.push({ index: sentence.start + offset, future: true })
  }
  const own = markers.filter((marker) => !elsewhere(marker.index))
  const before = own.filter((marker) => marker.index < at.start).sort((a, b) => b.index - a.index)[0]
  const after = own.filter((marker) => marker.index >= at.end).sort((a, b) => a.index - b.index)[0]
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
