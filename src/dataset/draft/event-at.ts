import type { EventStatus } from '../format/schema'
import { paragraphAt, readParagraphs } from './article-paragraphs'
import { dayText, parseDay } from './calendar'
import type { Span } from './draft-types'
import { titleFrom } from './event-titles'
import { statusFor } from './find-events'
import { findQuoteSpans } from './quote-spans'
import { sentenceAt, splitSentences } from './sentences'
import { findTimeExpressions } from './time-expressions'
import { directionAt } from './verb-tense'

/** An event as a person's selection in an article suggests it, for them to check. */
export type EventAt = {
  title: string
  /** The sentence that holds the selection, verbatim. */
  summary: string
  /** EDTF: the date the selection (else its sentence) gives; else on or before publication; else ''. */
  date: string
  status: EventStatus
  /** The paragraph the sentence is in. */
  paragraph: number
}

/**
 * "Make event" on a selection: its sentence as the summary, a title in the sentence's own words, the
 * date the selection gives (or, when it gives none, its sentence), read against the publication day
 * at the precision the words state, and the status the words suggest. `published` is YYYY-MM-DD, or
 * '' when not known (no relative date can then be read, and nothing is dated by it).
 */
export function eventAt(text: string, selection: Span, published: string): EventAt | null {
  // Read by the paragraphs the text makes (a hard-wrapped sentence over its lines), cited by its line.
  const { paragraphs, blocks } = readParagraphs(text, false)
  const sentences = splitSentences(text, blocks, findQuoteSpans(text, blocks))
  const sentence = sentenceAt(sentences, selection.start)
  if (!sentence) return null
  const day = parseDay(published)
  const within = (span: Span) => (found: { span: Span }) =>
    found.span.start >= span.start && found.span.end <= span.end
  const expressions = day ? findTimeExpressions(text, [sentence], day) : []
  const expression = expressions.find(within(selection)) ?? expressions.find(within(sentence))
  const direction = expression?.directional === true ? directionAt(text, sentence, expression.span) : 'past'
  const date = expression
    ? direction === 'future'
      ? expression.future
      : expression.past
    : day
      ? `[..${dayText(day)}]`
      : ''
  const words = text.slice(sentence.start, sentence.end)
  return {
    title: titleFrom(text, sentence, expression?.span) || words.slice(0, 80),
    summary: words,
    date,
    status: day ? statusFor(words, date, direction === 'future', day) : 'occurred',
    paragraph: paragraphAt(paragraphs, sentence.start)?.number ?? sentence.paragraph,
  }
}
