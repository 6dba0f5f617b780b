import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { FORMAT_VERSION, TEXT_LIMITS } from '../format/format-constants'
import type { Actor, Dataset, Quote, StoryEvent } from '../format/schema'
import type { Draft, DraftQuote } from './draft-types'

/** What the article's file does not say of itself: how to name the story and its source. */
export type DraftSource = { title?: string; sourceTitle?: string; outlet?: string; url?: string }

// The words kept around a quote to find it again (TextQuoteSelector's prefix and suffix).
const CONTEXT = 32

/**
 * Every proposal of a draft as a story-timeline/3 dataset carrying the article (its text, SHA-256,
 * paragraph count and headings), each quote anchored in its paragraph by prefix and suffix, its part
 * (heading, standfirst) said. A quote whose speaker the text does not name is written without one
 * (story-timeline/3 allows it: never a guess); one that belongs to no event cannot be written (a
 * quote belongs to an event) and is returned in `leftOut`.
 */
export function draftToDataset(
  draft: Draft,
  text: string,
  source: DraftSource = {},
): { dataset: Dataset; leftOut: DraftQuote[] } {
  const leftOut = draft.quotes.filter((quote) => !quote.event)
  const url = source.url ? { url: source.url } : {}
  const sources =
    source.url || source.outlet
      ? [{ ...url, ...(source.outlet ? { outlet: source.outlet } : {}) }]
      : undefined
  const actors: Actor[] = draft.actors.map((actor) => ({
    id: actor.id,
    name: clip(actor.name, TEXT_LIMITS.actorName),
    kind: actor.kind,
    ...(actor.country ? { country: actor.country } : {}),
    ...(actor.role ? { role: clip(actor.role, TEXT_LIMITS.role) } : {}),
  }))
  const events: StoryEvent[] = draft.events.map((event) => ({
    id: event.id,
    title: clip(event.title, TEXT_LIMITS.eventTitle),
    summary: clip(event.summary, TEXT_LIMITS.summary),
    date: event.date,
    status: event.status,
    actors: event.actors,
    source: { paragraphs: event.paragraphs },
    ...(sources ? { sources } : {}),
  }))
  const quotes: Quote[] = draft.quotes.flatMap((quote) => {
    if (!quote.event) return []
    const paragraph = draft.paragraphs[quote.paragraph - 1]
    if (!paragraph) return []
    const prefix = text.slice(Math.max(paragraph.start, quote.span.start - CONTEXT), quote.span.start)
    const suffix = text.slice(quote.span.end, Math.min(paragraph.end, quote.span.end + CONTEXT))
    return [
      {
        id: quote.id,
        text: quote.text,
        ...(quote.speaker ? { speaker: quote.speaker } : {}),
        event: quote.event,
        source: {
          paragraph: quote.paragraph,
          ...(quote.part ? { part: quote.part } : {}),
          ...(prefix ? { prefix } : {}),
          ...(suffix ? { suffix } : {}),
        },
      },
    ]
  })
  const headings = draft.paragraphs
    .filter((paragraph) => paragraph.part === 'heading')
    .map(({ number }) => number)
  // The checker reads a short line with no closing stop as a heading unless the source lists its
  // headings: listed (even none) where the draft reads the lines otherwise (a wrapped line, a line
  // ending in "[1]" or "(AP)").
  const readOtherwise = draft.paragraphs.some(
    (paragraph) =>
      (paragraph.part === 'heading') !== checkerHeading(text.slice(paragraph.start, paragraph.end)),
  )
  const standfirst = draft.standfirst ? text.slice(draft.standfirst.start, draft.standfirst.end).trim() : ''
  const heading = draft.paragraphs.find((paragraph) => paragraph.part === 'heading' && paragraph.number === 1)
  const title =
    source.title ?? (heading ? text.slice(heading.start, heading.end).trim() : 'Draft from the article')
  const dataset: Dataset = {
    format: FORMAT_VERSION,
    title: clip(title, TEXT_LIMITS.storyTitle),
    source: {
      title: clip(source.sourceTitle ?? source.title ?? title, TEXT_LIMITS.sourceTitle),
      published: draft.published,
      ...url,
      ...(standfirst ? { standfirst: clip(standfirst, TEXT_LIMITS.standfirst) } : {}),
      sha256: bytesToHex(sha256(utf8ToBytes(text))),
      paragraphs: draft.paragraphs.length,
      ...(headings.length || readOtherwise ? { headings } : {}),
      ...(source.outlet ? { outlet: clip(source.outlet, TEXT_LIMITS.outlet) } : {}),
      text,
    },
    actors,
    events,
    quotes,
  }
  return { dataset, leftOut }
}

function clip(text: string, limit: number): string {
  const trimmed = text.trim()
  return trimmed.length <= limit ? trimmed : `${trimmed.slice(0, limit - 1).trimEnd()}…`
}

// The checker's own reading (validate/verify-against-source.ts), where a source lists no headings.
function checkerHeading(line: string): boolean {
  const trimmed = line.trim()
  return trimmed.length <= 120 && !/[.!?…]["”’)]*$/.test(trimmed)
}
