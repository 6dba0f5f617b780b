import type { ActorKind, EventStatus } from '../format/schema'

/** A stretch of the article's text: UTF-16 offsets, `end` excluded, as String.slice takes them. */
export type Span = { start: number; end: number }

/** What the extractor reads: the article as its file holds it, and the day it was published. */
export type ArticleInput = {
  text: string
  /** The publication day, YYYY-MM-DD: every relative date ("on Tuesday", "last month") is read against it. */
  published: string
  /**
   * Whether the first paragraph is a standfirst (the editor's summary line). Unset: it is one when it
   * opens with the " date YYYY-MM-DD" marker that saved articles carry (the seed article does).
   */
  standfirst?: boolean
}

/**
 * Where a paragraph stands: the body, a heading (a short line without a full stop), the standfirst, or
 * page furniture (a photo's caption and credit, the agency's "Reporting by …" line): read for nothing.
 */
export type ParagraphPart = 'body' | 'heading' | 'standfirst' | 'furniture'

/** A paragraph of the article: one of its non-empty lines, numbered from 1. */
export type DraftParagraph = Span & { number: number; part: ParagraphPart }

/**
 * How sure a proposal is, from 0 to 1: what the text states outright (a name, a date with its year)
 * near 0.9, what a rule inferred (a pronoun, a weekday's direction, a report's "on or before") lower.
 */
export type Confidence = number

export type DraftActor = {
  /** An id unique in the draft (a slug of the name), used by quotes and events. */
  id: string
  name: string
  kind: ActorKind
  /** ISO 3166-1 alpha-2: the country itself, or the one the text gives a person or organisation. */
  country?: string
  /** The role the text gives ("Russian President", "vice foreign minister"). */
  role?: string
  /** Every place the text names the actor (pronouns not included). */
  mentions: Span[]
  confidence: Confidence
}

export type DraftQuote = {
  id: string
  /** The quoted words, always `text.slice(span.start, span.end)` of the article: verbatim by construction. */
  text: string
  span: Span
  paragraph: number
  part?: 'heading' | 'standfirst'
  /** The actor the words are attributed to; absent when the text does not say (never a guess). */
  speaker?: string
  /** The words that name the speaker ("Patel said", "he said", "according to KCNA"). */
  attribution?: Span
  /** The event the words belong to. */
  event?: string
  confidence: Confidence
}

export type DraftEvent = {
  id: string
  /** A short title made from the clause (the clause's own words, shortened). */
  title: string
  /** The sentence (or sentences) that report it, verbatim. */
  summary: string
  /** EDTF, as precise as the text is: 2023-08-15, 2023-07, 2022, 199X, 1910/1945, [..2023-08-15]. */
  date: string
  status: EventStatus
  /** The sentence the event was found in. */
  span: Span
  /** Later sentences that go on telling it without a date of their own ("a tornado destroyed a mobile home"). */
  continued?: Span[]
  /** The words that give the date ("on Tuesday", "last month"), when some do. */
  dateSpan?: Span
  paragraphs: number[]
  actors: string[]
  /** dated: a time expression; report: an undated report ("X said", "has accused"); statement: made for a quote. */
  basis: 'dated' | 'report' | 'statement'
  confidence: Confidence
}

/** Everything the extractor proposes for one article, for a person to check. */
export type Draft = {
  published: string
  paragraphs: DraftParagraph[]
  /** The standfirst's words, when the article has one (without the date marker). */
  standfirst?: Span
  actors: DraftActor[]
  events: DraftEvent[]
  quotes: DraftQuote[]
}
