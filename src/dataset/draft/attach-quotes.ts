import type { DraftEvent, DraftQuote } from './draft-types'
import { type EventContext, reportEvent } from './find-events'
import type { Sentence } from './sentences'
import { sentenceAt } from './sentences'

// How far from its quote a speaker's event may be, in paragraphs.
const REACH = 3

/**
 * Gives each quote its event: the event of its sentence; else the nearest event its speaker takes
 * part in (the letter Kim's quotes come from, two paragraphs on); else a new one for the sentence,
 * on or before publication ("Patel's statement"). A heading's or standfirst's words go with the body
 * quote that holds them. Each event gains the quote's paragraph and speaker.
 */
export function attachQuotes(
  context: EventContext,
  quotes: readonly DraftQuote[],
  events: DraftEvent[],
  sentences: readonly Sentence[],
): void {
  for (const quote of quotes) {
    if (quote.part) continue
    const sentence = sentenceAt(sentences, quote.span.start)
    if (!sentence) continue
    const event =
      events.find((candidate) => candidate.span.start === sentence.start && candidate.basis === 'dated') ??
      events.find((candidate) => candidate.span.start === sentence.start) ??
      (quote.speaker ? speakersEvent(events, quote.speaker, quote.paragraph) : undefined) ??
      newEvent(context, quote, sentence, events)
    join(event, quote)
  }
  for (const quote of quotes) {
    if (!quote.part) continue
    const echo = quotes.find(
      (body) => !body.part && body.event && body.text.toLowerCase().includes(quote.text.toLowerCase()),
    )
    const event = echo?.event ? events.find((candidate) => candidate.id === echo.event) : undefined
    if (echo && event) {
      if (!quote.speaker && echo.speaker) {
        quote.speaker = echo.speaker
        quote.confidence = Math.min(0.7, echo.confidence)
      }
      quote.event = event.id
    } else if (quote.speaker) {
      const own = speakersEvent(events, quote.speaker, quote.paragraph)
      if (own) quote.event = own.id
    }
  }
}

function speakersEvent(
  events: readonly DraftEvent[],
  speaker: string,
  paragraph: number,
): DraftEvent | undefined {
  let best: DraftEvent | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const event of events) {
    if (!event.actors.includes(speaker)) continue
    for (const at of event.paragraphs) {
      // Nearer wins; at the same distance, the one before the quote.
      const distance = Math.abs(at - paragraph) + (at > paragraph ? 0.5 : 0)
      if (distance <= REACH + 0.5 && distance < bestDistance) {
        best = event
        bestDistance = distance
      }
    }
  }
  return best
}

function newEvent(
  context: EventContext,
  quote: DraftQuote,
  sentence: Sentence,
  events: DraftEvent[],
): DraftEvent {
  const speaker = quote.speaker ? context.book.get(quote.speaker) : undefined
  // A sentence that opens with the quote says no more than "X said": the event is X's statement.
  const quoteFirst = quote.span.start - sentence.start <= 1
  const event = reportEvent(
    context,
    sentence,
    quoteFirst && speaker ? `${speaker.name}’s statement` : undefined,
  )
  events.push(event)
  return event
}

function join(event: DraftEvent, quote: DraftQuote): void {
  quote.event = event.id
  if (!event.paragraphs.includes(quote.paragraph)) {
    event.paragraphs.push(quote.paragraph)
    event.paragraphs.sort((a, b) => a - b)
  }
  if (quote.speaker && !event.actors.includes(quote.speaker)) event.actors.push(quote.speaker)
}
