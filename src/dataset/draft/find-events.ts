import { parseEdtf } from '../dates/parse-edtf'
import type { EventStatus } from '../format/schema'
import type { ActorBook } from './actor-book'
import { type Day, dayText, yearText } from './calendar'
import { continuedEvent, continueEvent } from './continued-events'
import type { DraftEvent, DraftParagraph, Span } from './draft-types'
import { titleFrom } from './event-titles'
import type { Sentence } from './sentences'
import type { TimeExpression } from './time-expressions'
import { directionAt, looksAhead } from './verb-tense'

// Words that make what a sentence reports an allegation: accusations, "allegedly", "reportedly", a
// claim made ("claimed that", "claims responsibility"); not a claim that took something ("the floods
// have claimed six lives", "claimed the title"), nor "the alleged perpetrators" late in a sentence about
// something else.
const ALLEGING = /\b(?:accus\w*|allegation\w*|allegedly|alleges?|alleging|purported\w*|reportedly)\b/iu
const ALLEGED_WORD = /\balleged\b/giu
const CLAIM_WORD = /\bclaim(?:s|ed|ing)?\b/giu
const CLAIM_TAKES =
  /^\s+(?:(?:the|a|an|his|her|their|its|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|more|many|several|at\s+least)\s+)*(?:[\p{Ll}-]+\s+)?(?:lives?|victims?|title|titles|seats?|prize|medals?|gold|silver|bronze|crown|trophy|championship|throne|record|land|territory)\b/u

/** What a sentence reports is an allegation. */
export function alleges(words: string): boolean {
  if (ALLEGING.test(words)) return true
  for (const match of words.matchAll(ALLEGED_WORD)) {
    // "The alleged attack happened…", "… was alleged": the clause's own matter; "… the alleged
    // perpetrators" further on in a sentence about something else: not.
    const before = words.slice(0, match.index)
    if (!/\b(?:the|an?|his|her|their|its)\s+$/iu.test(before) || before.split(/\s+/).length <= 4) return true
  }
  for (const match of words.matchAll(CLAIM_WORD)) {
    const after = match.index + match[0].length
    if (!CLAIM_TAKES.test(words.slice(after, after + 60))) return true
  }
  return false
}
const REPORTED =
  /\b(?:said|says|told|tells|announced|announces|accused|accuses|alleged|alleges|claimed|claims|denied|denies|criticised|criticized|condemned|warned|urged|requested|opposed|pledged|rejected|confirmed|reported|stated|wrote|insisted|vowed|threatened|demanded|agreed|signed|resigned|launched|fired|killed|arrested|died|attacked|invaded|approved|voted|elected|appointed|visited|cited|refused|called for)\b/iu
const PRESENT_PERFECT_SINCE =
  /\b(?:has|have)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+(?:ed|en|wn|ne)\b[^.;]*?\bsince\b/iu
const ANNIVERSARY = /\b(\d{1,4})(?:st|nd|rd|th)\s+anniversary\s+of\s+([^,.;]+)/iu
const MARKS_NOW = /\b(?:marks?|marking|celebrates?|commemorates?|is|are)\b/iu

export type EventContext = {
  text: string
  published: Day
  book: ActorBook
  newId: (base: string) => string
}

/**
 * The events dated in the body's sentences: one per date the text gives, at the precision it gives,
 * the direction of a weekday or a yearless day taken from the verb; "has drawn closer since … last
 * year" also gives the span from then to publication, and "the 78th anniversary of X" dates X. Status:
 * alleged for accusations and claims, scheduled for what lies after publication or is announced,
 * occurred otherwise. Headings and the standfirst repeat the body, so no events are read from them.
 */
export function findDatedEvents(
  context: EventContext,
  sentences: readonly Sentence[],
  paragraphs: readonly DraftParagraph[],
  expressions: readonly TimeExpression[],
): DraftEvent[] {
  const events: DraftEvent[] = []
  for (const sentence of sentences) {
    if (paragraphs[sentence.paragraph - 1]?.part !== 'body') continue
    const inSentence = expressions.filter(
      (found) => found.span.start >= sentence.start && found.span.end <= sentence.end,
    )
    for (const [index, expression] of inSentence.entries()) {
      const direction = expression.directional ? directionAt(context.text, sentence, expression.span) : 'past'
      const date = direction === 'future' ? expression.future : expression.past
      const sinceClause = sinceClauseOf(context.text, sentence, expression)
      const clause = sinceClause ?? sentence
      events.push(
        makeEvent(context, {
          title: titleFrom(context.text, clause, expression.span),
          sentence,
          date,
          status: statusOf(
            context,
            clauseAround(context.text, sentence, expression.span),
            date,
            direction === 'future',
          ),
          dateSpan: expression.span,
          basis: 'dated',
          confidence: expression.confidence * (expression.directional ? 0.9 : 1),
        }),
      )
      // "have drawn closer since … last year": the state from then until publication.
      const since = context.text.slice(sentence.start, expression.span.start)
      const previous = inSentence[index - 1]
      if (
        PRESENT_PERFECT_SINCE.test(since) &&
        (!previous || previous.span.end < sentence.start + since.lastIndexOf('since'))
      ) {
        const mainClause = { start: sentence.start, end: sentence.start + since.search(/\bsince\b/iu) }
        const start = date.replace(/[~?]$/, '').split('/')[0] ?? date
        events.push(
          makeEvent(context, {
            title: titleFrom(context.text, mainClause),
            sentence,
            date: `${start}/${dayText(context.published)}`,
            status: 'occurred',
            basis: 'dated',
            confidence: 0.6,
          }),
        )
      }
    }
    const anniversaryAt = context.text.slice(sentence.start, sentence.end).search(ANNIVERSARY)
    const datedBefore = inSentence.some((found) => found.span.start < sentence.start + anniversaryAt)
    anniversary(context, sentence, !datedBefore, events)
  }
  return events
}

// The clause a date stands in after "since": "since the Kremlin deployed troops … last year".
function sinceClauseOf(text: string, sentence: Span, expression: TimeExpression): Span | null {
  const before = text.slice(sentence.start, expression.span.start)
  const at = before.search(/\bsince\b(?!.*\bsince\b)/isu)
  if (at < 0 || expression.since) return null
  return { start: sentence.start + at + 'since '.length, end: sentence.end }
}

// "The letters mark the 78th anniversary of Korea’s liberation": the liberation was 78 years before
// publication, on the day itself when the sentence says the anniversary is now.
function anniversary(
  context: EventContext,
  sentence: Sentence,
  undated: boolean,
  events: DraftEvent[],
): void {
  const words = context.text.slice(sentence.start, sentence.end)
  const match = ANNIVERSARY.exec(words)
  if (!match?.[1] || !match[2]) return
  const year = context.published.year - Number(match[1])
  // Now unless the sentence dates the anniversary otherwise ("On Tuesday, … marked the 78th anniversary").
  const now = undated && MARKS_NOW.test(words.slice(0, match.index))
  const start = sentence.start + match.index + match[0].indexOf(match[2])
  const what = { start, end: start + match[2].length }
  events.push(
    makeEvent(context, {
      title: titleFrom(context.text, what),
      sentence,
      date: now ? dayText({ ...context.published, year }) : yearText(year),
      status: 'occurred',
      basis: 'dated',
      confidence: now ? 0.6 : 0.7,
    }),
  )
  if (now) {
    events.push(
      makeEvent(context, {
        title: titleFrom(context.text, { start: sentence.start + match.index, end: what.end }),
        sentence,
        date: dayText(context.published),
        status: 'occurred',
        basis: 'dated',
        confidence: 0.6,
      }),
    )
  }
}

/**
 * An undated report ("X said", "has accused", "criticised"): on or before publication, from the body
 * sentences that report something and hold no date; one event per paragraph, its other report
 * sentences added to its summary. A past-tense sentence that goes on telling a dated event before it
 * ("The report said the North launched …" after "… launched two more missiles Thursday") is that
 * event's, not a new one.
 */
export function findReportEvents(
  context: EventContext,
  sentences: readonly Sentence[],
  paragraphs: readonly DraftParagraph[],
  skip: (sentence: Sentence) => boolean,
  events: DraftEvent[],
): void {
  for (const sentence of sentences) {
    if (paragraphs[sentence.paragraph - 1]?.part !== 'body' || skip(sentence)) continue
    const words = context.text.slice(sentence.start, sentence.end)
    if (!REPORTED.test(words) || looksAhead(context.text, sentence)) continue
    const continued = continuedEvent(context.text, sentence, events)
    if (continued) {
      continueEvent(continued, sentence)
      continue
    }
    const same = events.find(
      (event) => event.basis === 'report' && event.paragraphs.includes(sentence.paragraph),
    )
    if (same) {
      same.summary = `${same.summary} ${words}`
      continue
    }
    events.push(reportEvent(context, sentence))
  }
}

/** An event for what a sentence reports, on or before publication. */
export function reportEvent(context: EventContext, sentence: Sentence, title?: string): DraftEvent {
  const date = `[..${dayText(context.published)}]`
  return makeEvent(context, {
    title: title ?? titleFrom(context.text, sentence),
    sentence,
    date,
    status: statusOf(context, sentence, date, false),
    basis: title ? 'statement' : 'report',
    confidence: 0.5,
  })
}

// The clause a date stands in: between the commas, semicolons or dashes around it.
function clauseAround(text: string, sentence: Sentence, at: Span): Sentence {
  const before = text.slice(sentence.start, at.start)
  const after = text.slice(at.end, sentence.end)
  const start = Math.max(before.lastIndexOf(', '), before.lastIndexOf('; '), before.lastIndexOf(' – ')) + 1
  const ends = [after.indexOf(', '), after.indexOf('; '), after.indexOf(' – ')].filter((index) => index >= 0)
  const end = ends.length > 0 ? at.end + Math.min(...ends) : sentence.end
  return { ...sentence, start: sentence.start + start, end }
}

function statusOf(context: EventContext, sentence: Span, date: string, future: boolean): EventStatus {
  return statusFor(context.text.slice(sentence.start, sentence.end), date, future, context.published)
}

/**
 * An event's status from the words that report it: alleged for accusations and claims, scheduled for
 * what lies after publication or is announced, occurred otherwise.
 */
export function statusFor(words: string, date: string, future: boolean, published: Day): EventStatus {
  if (alleges(words)) return 'alleged'
  const parsed = parseEdtf(date)
  const publishedEnd = Date.UTC(published.year, published.month - 1, published.day + 1)
  if (future || (parsed.ok && parsed.date.earliest >= publishedEnd)) return 'scheduled'
  return 'occurred'
}

function makeEvent(
  context: EventContext,
  made: {
    title: string
    sentence: Sentence
    date: string
    status: EventStatus
    dateSpan?: Span
    basis: DraftEvent['basis']
    confidence: number
  },
): DraftEvent {
  const { sentence } = made
  const actors = [
    ...new Set(
      context.book.mentions
        .filter((mention) => mention.span.start >= sentence.start && mention.span.end <= sentence.end)
        .map((mention) => mention.actor),
    ),
  ]
  const event: DraftEvent = {
    id: context.newId(made.title),
    title: made.title || 'Event',
    summary: context.text.slice(sentence.start, sentence.end),
    date: made.date,
    status: made.status,
    span: { start: sentence.start, end: sentence.end },
    paragraphs: [sentence.paragraph],
    actors,
    basis: made.basis,
    confidence: Math.round(made.confidence * 100) / 100,
  }
  if (made.dateSpan) event.dateSpan = made.dateSpan
  return event
}
