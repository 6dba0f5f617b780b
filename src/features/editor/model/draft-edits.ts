import { slugify } from '../../../dataset/format/slug'
import {
  type DraftActor,
  type DraftDocument,
  type DraftEvent,
  type DraftQuote,
  emptyDocument,
  paragraphsOf,
  type StoryDraft,
} from './story-draft'

// Every change the editor makes to a story, as a pure function of the story before it: the editor's
// history keeps each result (undo and redo), and nothing is changed in place.

/** A selection in a document: its paragraph (from 1) and where in it, in characters. */
export type TextSelection = { document: string; paragraph: number; start: number; end: number }

/** How much text around a quote is kept to find it again (W3C TextQuoteSelector's prefix and suffix). */
const CONTEXT = 32

/** A new id for an item of `taken`'s kind, a slug of `words`: "kim-jong-un", "kim-jong-un-2". */
export function newId(words: string, taken: readonly { id: string }[], fallback: string): string {
  const base = slugify(words.slice(0, 60), fallback) || fallback
  const used = new Set(taken.map((item) => item.id))
  if (!used.has(base)) return base
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`
}

export function documentOf(draft: StoryDraft, id: string): DraftDocument | undefined {
  return draft.documents.find((document) => document.id === id)
}

function replaced<T extends { id: string }>(
  items: readonly T[],
  id: string,
  patch: Partial<Omit<T, 'id'>>,
): T[] {
  return items.map((item) => (item.id === id ? { ...item, ...patch } : item))
}

export function setStory(
  draft: StoryDraft,
  patch: Partial<Pick<StoryDraft, 'title' | 'description'>>,
): StoryDraft {
  return { ...draft, ...patch }
}

export function updateDocument(
  draft: StoryDraft,
  id: string,
  patch: Partial<Omit<DraftDocument, 'id'>>,
): StoryDraft {
  return { ...draft, documents: replaced(draft.documents, id, patch) }
}

/** A second (third…) document for the story: a statement, a transcript, another article. */
export function addDocument(draft: StoryDraft): { draft: StoryDraft; id: string } {
  const id = newId(`document ${draft.documents.length + 1}`, draft.documents, 'document')
  return { draft: { ...draft, documents: [...draft.documents, emptyDocument(id)] }, id }
}

/** Whether anything of the story stands on a document's text (its quotes, events citing it). */
export function isDocumentUsed(draft: StoryDraft, id: string): boolean {
  return (
    draft.quotes.some((quote) => quote.document === id) ||
    draft.events.some((event) => event.cites?.document === id) ||
    draft.narratives.some((narrative) => narrative.steps.some((step) => step.from?.document === id))
  )
}

/** Removes a document that nothing stands on (the first one stays: a story has one at least). */
export function removeDocument(draft: StoryDraft, id: string): StoryDraft {
  if (id === draft.documents[0]?.id || isDocumentUsed(draft, id)) return draft
  return { ...draft, documents: draft.documents.filter((document) => document.id !== id) }
}

/**
 * A quote made of selected words: its text is the document's own at the selection (verbatim by
 * construction), with the words around it to find it again, and where it stands (a heading, the
 * standfirst). Null when the selection holds no words.
 */
export function makeQuote(
  draft: StoryDraft,
  selection: TextSelection,
): { draft: StoryDraft; id: string } | null {
  const document = documentOf(draft, selection.document)
  const paragraph = document ? paragraphsOf(document)[selection.paragraph - 1] : undefined
  if (!document || paragraph === undefined) return null
  const bounds = quoteBounds(paragraph, selection.start, selection.end)
  if (!bounds) return null
  const { start, end } = bounds
  // The same words quoted again are the quote already made.
  const made = draft.quotes.find(
    (quote) =>
      quote.document === document.id &&
      quote.paragraph === selection.paragraph &&
      quote.start === start &&
      quote.end === end,
  )
  if (made) return { draft, id: made.id }
  const words = paragraph.slice(start, end)
  const id = newId(words, draft.quotes, 'quote')
  const quote: DraftQuote = {
    id,
    text: words,
    document: document.id,
    paragraph: selection.paragraph,
    start,
    end,
    prefix: paragraph.slice(Math.max(0, start - CONTEXT), start),
    suffix: paragraph.slice(end, end + CONTEXT),
    part:
      document.standfirst === selection.paragraph
        ? 'standfirst'
        : document.headings.includes(selection.paragraph)
          ? 'heading'
          : null,
    speaker: null,
    event: null,
  }
  return { draft: { ...draft, quotes: [...draft.quotes, quote] }, id }
}

// Marks that open or close a quote: the quote is the words between them.
const QUOTE_MARKS = new Set(['"', "'", '“', '”', '‘', '’', '«', '»', '„', '‹', '›', '「', '」'])
const isWordCharacter = (character: string | undefined) =>
  character !== undefined && /[\p{L}\p{N}]/u.test(character)

/**
 * Where a selection's quote stands: without the spaces and quote marks at its ends (they are the
 * selection's, not the speaker's words), and out to whole words where it stops inside one (a
 * selection dragged a little short, "I lost everythin"). Null when no words are left.
 */
export function quoteBounds(
  paragraph: string,
  from: number,
  to: number,
): { start: number; end: number } | null {
  let start = Math.max(0, from)
  let end = Math.min(paragraph.length, to)
  const trimmable = (character: string | undefined) =>
    character !== undefined && (/\s/.test(character) || QUOTE_MARKS.has(character))
  while (start < end && trimmable(paragraph[start])) start++
  while (end > start && trimmable(paragraph[end - 1])) end--
  if (end <= start) return null
  while (start > 0 && isWordCharacter(paragraph[start - 1]) && isWordCharacter(paragraph[start])) start--
  while (end < paragraph.length && isWordCharacter(paragraph[end]) && isWordCharacter(paragraph[end - 1]))
    end++
  return { start, end }
}

export function emptyEvent(id: string): DraftEvent {
  return {
    id,
    title: '',
    summary: '',
    date: '',
    status: 'occurred',
    actors: [],
    countries: [],
    categories: [],
    place: { name: '', latitude: '', longitude: '' },
    sources: [],
    media: { url: '', caption: '', credit: '' },
    cites: null,
  }
}

/** A new event with what is known of it (from a selection, or nothing); its id from its title. */
export function addEvent(
  draft: StoryDraft,
  fields: Partial<Omit<DraftEvent, 'id'>> = {},
): { draft: StoryDraft; id: string } {
  const id = newId(fields.title || 'event', draft.events, 'event')
  return { draft: { ...draft, events: [...draft.events, { ...emptyEvent(id), ...fields }] }, id }
}

export function updateEvent(
  draft: StoryDraft,
  id: string,
  patch: Partial<Omit<DraftEvent, 'id'>>,
): StoryDraft {
  return { ...draft, events: replaced(draft.events, id, patch) }
}

/** Removes an event: its quotes keep their words, belonging to no event; its narrative steps go. */
export function removeEvent(draft: StoryDraft, id: string): StoryDraft {
  return {
    ...draft,
    events: draft.events.filter((event) => event.id !== id),
    quotes: draft.quotes.map((quote) => (quote.event === id ? { ...quote, event: null } : quote)),
    narratives: draft.narratives.map((narrative) => ({
      ...narrative,
      steps: narrative.steps.filter((step) => step.event !== id),
    })),
  }
}

/**
 * Changes a quote's speaker or event. Its speaker is one of its event's actors: added there when the
 * two are known (a speaker chosen by hand would otherwise be missing from the event's actors and from
 * the dashboard's filter of them).
 */
export function updateQuote(
  draft: StoryDraft,
  id: string,
  patch: Partial<Pick<DraftQuote, 'speaker' | 'event'>>,
): StoryDraft {
  const quotes = replaced(draft.quotes, id, patch)
  const { speaker, event } = quotes.find((candidate) => candidate.id === id) ?? {}
  if (!speaker || !event) return { ...draft, quotes }
  const events = draft.events.map((candidate) =>
    candidate.id === event && !candidate.actors.includes(speaker)
      ? { ...candidate, actors: [...candidate.actors, speaker] }
      : candidate,
  )
  return { ...draft, quotes, events }
}

export function removeQuote(draft: StoryDraft, id: string): StoryDraft {
  return { ...draft, quotes: draft.quotes.filter((quote) => quote.id !== id) }
}

/** A new actor; the same name again is the actor already there. */
export function addActor(
  draft: StoryDraft,
  fields: Omit<DraftActor, 'id'>,
): { draft: StoryDraft; id: string } {
  const name = fields.name.trim()
  const known = draft.actors.find((actor) => actor.name.trim().toLowerCase() === name.toLowerCase())
  if (known) return { draft, id: known.id }
  const id = newId(name || 'actor', draft.actors, 'actor')
  return { draft: { ...draft, actors: [...draft.actors, { ...fields, name, id }] }, id }
}

export function updateActor(
  draft: StoryDraft,
  id: string,
  patch: Partial<Omit<DraftActor, 'id'>>,
): StoryDraft {
  return { ...draft, actors: replaced(draft.actors, id, patch) }
}

/** Removes an actor from the story, its events and its quotes (which keep their words, unattributed). */
export function removeActor(draft: StoryDraft, id: string): StoryDraft {
  return {
    ...draft,
    actors: draft.actors.filter((actor) => actor.id !== id),
    events: draft.events.map((event) =>
      event.actors.includes(id) ? { ...event, actors: event.actors.filter((actor) => actor !== id) } : event,
    ),
    quotes: draft.quotes.map((quote) => (quote.speaker === id ? { ...quote, speaker: null } : quote)),
  }
}

// Narratives: a walk through some of the events, in the order chosen, each step's words the
// author's or the article's own.

export function addNarrative(draft: StoryDraft, title: string): { draft: StoryDraft; id: string } {
  const id = newId(title || 'narrative', draft.narratives, 'narrative')
  return {
    draft: { ...draft, narratives: [...draft.narratives, { id, title, description: '', steps: [] }] },
    id,
  }
}

export function updateNarrative(
  draft: StoryDraft,
  id: string,
  change: (narrative: StoryDraft['narratives'][number]) => StoryDraft['narratives'][number],
): StoryDraft {
  return {
    ...draft,
    narratives: draft.narratives.map((narrative) => (narrative.id === id ? change(narrative) : narrative)),
  }
}

export function removeNarrative(draft: StoryDraft, id: string): StoryDraft {
  return { ...draft, narratives: draft.narratives.filter((narrative) => narrative.id !== id) }
}

/** Moves an item of a list from one place to another (a narrative's steps). */
export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return [...items]
  const next = [...items]
  const [item] = next.splice(from, 1)
  if (item !== undefined) next.splice(to, 0, item)
  return next
}
