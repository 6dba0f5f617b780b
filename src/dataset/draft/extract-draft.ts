import { slugify, uniqueIds } from '../format/slug'
import { readParagraphs } from './article-paragraphs'
import { attachQuotes } from './attach-quotes'
import { attributeQuotes } from './attribute-quotes'
import { parseDay } from './calendar'
import type { ArticleInput, Draft, DraftQuote } from './draft-types'
import { findActors, type Region } from './find-actors'
import { findDatedEvents, findReportEvents } from './find-events'
import { tagWords } from './nlp-tags'
import { findQuoteSpans } from './quote-spans'
import { splitSentences } from './sentences'
import { findTimeExpressions } from './time-expressions'

/**
 * Reads an article and proposes its quotes (with speakers), dated events and actors, each with its
 * span in the text and a confidence, for a person to check. Pure: no DOM, no Node; the same in the
 * worker and on the command line. Throws only for a publication date that is not YYYY-MM-DD.
 */
export function extractDraft(input: ArticleInput): Draft {
  const { text } = input
  const published = parseDay(input.published)
  if (!published) throw new Error(`A publication date as YYYY-MM-DD, not "${input.published}"`)
  const { paragraphs, standfirst } = readParagraphs(text, input.standfirst)
  const quoteSpans = findQuoteSpans(text, paragraphs)
  const sentences = splitSentences(text, paragraphs, quoteSpans)
  const regions: Region[] = paragraphs.map((paragraph) => ({
    start: paragraph.part === 'standfirst' && standfirst ? standfirst.start : paragraph.start,
    end: paragraph.end,
    sentences: sentences.filter((sentence) => sentence.paragraph === paragraph.number),
  }))
  const tags = tagWords(text)
  const book = findActors(text, regions, tags)

  const context = { text, book, paragraphs, spoken: [] }
  const body = quoteSpans.filter((quote) => paragraphs[quote.paragraph - 1]?.part === 'body')
  const attributions = attributeQuotes(context, body, sentences, tags)
  const newQuoteId = uniqueIds()
  const quotes: DraftQuote[] = quoteSpans.map((span) => {
    const part = paragraphs[span.paragraph - 1]?.part ?? 'body'
    const attribution = attributions.get(span)
    const words = text.slice(span.span.start, span.span.end)
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
    return quote
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

  const draft: Draft = { published: input.published, paragraphs, actors: book.actors, events, quotes }
  if (standfirst) draft.standfirst = standfirst
  return draft
}
