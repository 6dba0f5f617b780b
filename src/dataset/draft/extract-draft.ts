import { slugify, uniqueIds } from '../format/slug'
import { paragraphAt, readParagraphs } from './article-paragraphs'
import { attachQuotes } from './attach-quotes'
import { attributeQuotes, maskQuotes } from './attribute-quotes'
import { parseDay } from './calendar'
import { genderFromPronouns } from './described-people'
import type { ArticleInput, Draft, DraftEvent, DraftParagraph, DraftQuote } from './draft-types'
import { findActors, type Region } from './find-actors'
import { findDatedEvents, findReportEvents } from './find-events'
import { tagWords } from './nlp-tags'
import { findQuoteSpans } from './quote-spans'
import { splitSentences } from './sentences'
import { findTimeExpressions } from './time-expressions'
import { namesAWork } from './titles-in-quote-marks'

/**
 * Reads an article and proposes its quotes (with speakers), dated events and actors, each with its
 * span in the text and a confidence, for a person to check. Pure: no DOM, no Node; the same in the
 * worker and on the command line. Throws only for a publication date that is not YYYY-MM-DD.
 */
export function extractDraft(input: ArticleInput): Draft {
  const { text } = input
  const published = parseDay(input.published)
  if (!published) throw new Error(`A publication date as YYYY-MM-DD, not "${input.published}"`)
  // Read by the paragraphs the text makes (hard-wrapped lines joined), cited by its lines.
  const { paragraphs: lines, blocks: paragraphs, standfirst } = readParagraphs(text, input.standfirst)
  const quoteSpans = findQuoteSpans(text, paragraphs)
  const sentences = splitSentences(text, paragraphs, quoteSpans)
  const regions: Region[] = paragraphs.map((paragraph) => ({
    start:
      paragraph.part === 'standfirst' && standfirst
        ? standfirst.start
        : paragraph.part === 'furniture'
          ? paragraph.end
          : paragraph.lead,
    end: paragraph.end,
    sentences: sentences.filter((sentence) => sentence.paragraph === paragraph.number),
  }))
  const tags = tagWords(text)
  const book = findActors(text, regions, tags)

  const masked = maskQuotes(text, quoteSpans)
  genderFromPronouns(masked, sentences, book)
  const context = { text, masked, sentences, tags, book, paragraphs, spoken: [] }
  const body = quoteSpans.filter((quote) => paragraphs[quote.paragraph - 1]?.part === 'body')
  const attributions = attributeQuotes(context, body, sentences, tags)
  const newQuoteId = uniqueIds()
  // A film's, a show's or a book's title in quote marks is nobody's words: not proposed as a quote.
  const titleEnds = new Set<number>()
  const quotes: DraftQuote[] = quoteSpans.flatMap((span) => {
    const part = paragraphs[span.paragraph - 1]?.part ?? 'body'
    const words = text.slice(span.span.start, span.span.end)
    const line = paragraphAt(lines, span.span.start)
    if (part === 'furniture' || !line) return []
    if (namesAWork(text, span.span, titleEnds)) {
      titleEnds.add(span.span.end)
      return []
    }
    const attribution = attributions.get(span)
    const speakerName = attribution ? book.get(attribution.speaker)?.name : undefined
    const quote: DraftQuote = {
      id: newQuoteId(
        slugify(`${speakerName ?? 'quote'} ${words.split(/\s+/).slice(0, 4).join(' ')}`, 'quote'),
      ),
      text: words,
      span: span.span,
      paragraph: span.paragraph,
      confidence: attribution?.confidence ?? 0.9,
    }
    if (part !== 'body') quote.part = part
    if (attribution) {
      quote.speaker = attribution.speaker
      quote.attribution = attribution.attribution
    }
    return [quote]
  })

  const newEventId = uniqueIds()
  const eventContext = { text, published, book, newId: (base: string) => newEventId(slugify(base, 'event')) }
  const bodyRegions = regions.filter((_region, index) => paragraphs[index]?.part === 'body')
  // A date inside quoted words is the speaker's ("the focus of the government this year"): the event is
  // the statement, dated by its attribution.
  const expressions = findTimeExpressions(text, bodyRegions, published).filter(
    (found) =>
      !quoteSpans.some((quote) => found.span.start >= quote.span.start && found.span.end <= quote.span.end),
  )
  const events = findDatedEvents(eventContext, sentences, paragraphs, expressions)
  const quoted = new Set(
    body.map((quote) => sentences.find((sentence) => sentence.end >= quote.span.end)?.start),
  )
  findReportEvents(
    eventContext,
    sentences,
    paragraphs,
    (sentence) => quoted.has(sentence.start) || events.some((event) => event.span.start === sentence.start),
    events,
  )
  attachQuotes(eventContext, quotes, events, sentences)
  events.sort((a, b) => a.span.start - b.span.start)
  // A quote over a line break of hard-wrapped text is read (who speaks, the event it makes) but not
  // proposed: a quote is cited in one paragraph, a line, and its words are never altered to fit one.
  const proposed = quotes.filter((quote) => !/[\r\n]/.test(quote.text))
  citeLines(text, lines, events, proposed)

  const draft: Draft = {
    published: input.published,
    paragraphs: lines,
    actors: book.actors,
    events,
    quotes: proposed,
  }
  if (standfirst) draft.standfirst = standfirst
  return draft
}

// What was read by paragraphs (hard-wrapped lines joined) is cited by lines, the app's paragraphs:
// a quote by the line it stands in, an event by the lines its sentences and quotes stand in. Where
// each line is a paragraph, the numbers are the same.
function citeLines(
  text: string,
  lines: readonly DraftParagraph[],
  events: DraftEvent[],
  quotes: DraftQuote[],
): void {
  const lineOf = (offset: number) => paragraphAt(lines, offset)?.number
  for (const quote of quotes) quote.paragraph = lineOf(quote.span.start) ?? quote.paragraph
  for (const event of events) {
    const cited = new Set<number>()
    // A report's summary holds its paragraph's other report sentences: cited to the last one's line.
    const tail = event.summary.slice(-40)
    const tailAt = tail.length > 0 ? text.indexOf(tail, event.span.start) : -1
    const end = Math.max(event.span.end, tailAt >= 0 ? tailAt + tail.length : 0)
    for (const line of lines) if (line.start < end && line.end > event.span.start) cited.add(line.number)
    for (const more of event.continued ?? [])
      for (const line of lines) if (line.start < more.end && line.end > more.start) cited.add(line.number)
    for (const quote of quotes) if (quote.event === event.id) cited.add(quote.paragraph)
    if (cited.size > 0) event.paragraphs = [...cited].sort((a, b) => a - b)
  }
}
