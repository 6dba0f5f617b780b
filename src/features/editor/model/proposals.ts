import type { Extracted } from '../drafting/extract-messages'
import { emptyEvent, newId } from './draft-edits'
import { paragraphStarts } from './paragraph-offsets'
import type { DraftDocument, DraftEvent, DraftProposals, ProposalState, StoryDraft } from './story-draft'

const CONTEXT = 32

/**
 * The extractor's proposals for one document as the editor keeps them, each open until accepted or
 * rejected. Nothing is added to the story here. Ids are made unique beside the story's own; an actor
 * the story already has (by name) is not proposed again, and what names it points at the story's.
 */
export function proposalsFrom(
  extracted: Extracted,
  document: DraftDocument,
  story: StoryDraft,
): DraftProposals {
  const actorIds = new Map<string, string>()
  const actors: DraftProposals['actors'] = []
  for (const actor of extracted.actors) {
    const known = story.actors.find(
      (candidate) => candidate.name.trim().toLowerCase() === actor.name.trim().toLowerCase(),
    )
    if (known) {
      actorIds.set(actor.id, known.id)
      continue
    }
    const id = newId(actor.name, [...story.actors, ...actors.map((proposal) => proposal.actor)], 'actor')
    actorIds.set(actor.id, id)
    actors.push({
      state: 'open',
      confidence: actor.confidence,
      actor: { id, name: actor.name, kind: actor.kind, country: actor.country ?? '', role: actor.role ?? '' },
    })
  }
  const eventIds = new Map<string, string>()
  const events: DraftProposals['events'] = extracted.events.map((event) => {
    const id = newId(
      event.title || 'event',
      [...story.events, ...[...eventIds.values()].map((known) => ({ id: known }))],
      'event',
    )
    eventIds.set(event.id, id)
    return {
      state: 'open',
      confidence: event.confidence,
      event: {
        ...emptyEvent(id),
        title: event.title,
        summary: event.summary,
        date: event.date,
        status: event.status,
        actors: event.actors.map((actor) => actorIds.get(actor) ?? actor),
        cites: { document: document.id, paragraphs: event.paragraphs },
      },
    }
  })
  const starts = paragraphStarts(document.text)
  const lines = document.text.split(/\r?\n/).filter((line) => line.trim() !== '')
  const taken: Array<{ id: string }> = [...story.quotes]
  const quotes: DraftProposals['quotes'] = []
  for (const quote of extracted.quotes) {
    const at = starts[quote.paragraph - 1] ?? 0
    const start = quote.span.start - at
    const end = quote.span.end - at
    const paragraph = lines[quote.paragraph - 1] ?? ''
    // Proposed only as the document's own words at their place, and not a quote the story has.
    if (paragraph.slice(start, end) !== quote.text) continue
    const made = story.quotes.some(
      (known) =>
        known.document === document.id &&
        known.paragraph === quote.paragraph &&
        known.start === start &&
        known.end === end,
    )
    if (made) continue
    const id = newId(quote.text, taken, 'quote')
    taken.push({ id })
    quotes.push({
      state: 'open',
      confidence: quote.confidence,
      quote: {
        id,
        text: quote.text,
        document: document.id,
        paragraph: quote.paragraph,
        start,
        end,
        prefix: paragraph.slice(Math.max(0, start - CONTEXT), start),
        suffix: paragraph.slice(end, end + CONTEXT),
        part: quote.part ?? null,
        speaker: quote.speaker ? (actorIds.get(quote.speaker) ?? null) : null,
        event: quote.event ? (eventIds.get(quote.event) ?? null) : null,
      },
    })
  }
  return { document: document.id, actors, events, quotes }
}

export type ProposalKind = 'actors' | 'events' | 'quotes'

/**
 * Accepts or rejects proposals (one, or every open one of a kind): an accepted proposal becomes an
 * ordinary item of the story; a quote accepted brings its speaker and event along, and an event its
 * actors, when they are still open (a reference to nothing would be lost otherwise).
 */
export function settleProposals(
  draft: StoryDraft,
  kind: ProposalKind,
  ids: readonly string[] | 'all-open',
  state: Exclude<ProposalState, 'open'>,
): StoryDraft {
  const proposals = draft.proposals
  if (!proposals) return draft
  const wanted = (id: string, current: ProposalState) =>
    current === 'open' && (ids === 'all-open' || ids.includes(id))
  const chosen = {
    actors: new Set<string>(),
    events: new Set<string>(),
    quotes: new Set<string>(),
  }
  if (kind === 'actors')
    for (const p of proposals.actors) if (wanted(p.actor.id, p.state)) chosen.actors.add(p.actor.id)
  if (kind === 'events')
    for (const p of proposals.events) if (wanted(p.event.id, p.state)) chosen.events.add(p.event.id)
  if (kind === 'quotes')
    for (const p of proposals.quotes) if (wanted(p.quote.id, p.state)) chosen.quotes.add(p.quote.id)
  if (state === 'accepted') {
    // What the accepted ones name, still only proposed, comes along.
    for (const p of proposals.quotes) {
      if (!chosen.quotes.has(p.quote.id)) continue
      if (p.quote.speaker) chosen.actors.add(p.quote.speaker)
      if (p.quote.event) chosen.events.add(p.quote.event)
    }
    for (const p of proposals.events)
      if (chosen.events.has(p.event.id)) for (const actor of p.event.actors) chosen.actors.add(actor)
  }
  const settle = <T extends { state: ProposalState }>(
    list: T[],
    idOf: (item: T) => string,
    set: Set<string>,
  ) => list.map((item) => (item.state === 'open' && set.has(idOf(item)) ? { ...item, state } : item))
  const next: DraftProposals = {
    ...proposals,
    actors: settle(proposals.actors, (p) => p.actor.id, chosen.actors),
    events: settle(proposals.events, (p) => p.event.id, chosen.events),
    quotes: settle(proposals.quotes, (p) => p.quote.id, chosen.quotes),
  }
  if (state === 'rejected') return { ...draft, proposals: next }
  const newly = <T extends { state: ProposalState }>(before: T[], after: T[]) =>
    after.filter((item, at) => item.state === 'accepted' && before[at]?.state === 'open')
  const acceptedActors = newly(proposals.actors, next.actors).map((p) => p.actor)
  const acceptedEvents = newly(proposals.events, next.events).map((p) => p.event)
  const acceptedQuotes = newly(proposals.quotes, next.quotes).map((p) => p.quote)
  const known = new Set(draft.actors.map((actor) => actor.id))
  const stillProposed = (id: string) => known.has(id) || acceptedActors.some((actor) => actor.id === id)
  return {
    ...draft,
    actors: [...draft.actors, ...acceptedActors],
    events: [
      ...draft.events,
      ...acceptedEvents.map((event) => ({ ...event, actors: event.actors.filter(stillProposed) })),
    ],
    quotes: [
      ...draft.quotes,
      ...acceptedQuotes.map((quote) => ({
        ...quote,
        speaker: quote.speaker && stillProposed(quote.speaker) ? quote.speaker : null,
      })),
    ],
    proposals: next,
  }
}

/** Changes a proposed event before accepting it (a date at the wrong precision, a better title). */
export function editEventProposal(
  draft: StoryDraft,
  id: string,
  patch: Partial<Pick<DraftEvent, 'title' | 'date' | 'status'>>,
): StoryDraft {
  const proposals = draft.proposals
  if (!proposals) return draft
  const events = proposals.events.map((p) =>
    p.event.id === id ? { ...p, event: { ...p.event, ...patch } } : p,
  )
  return { ...draft, proposals: { ...proposals, events } }
}

/** Changes a proposed quote's speaker before accepting it (a wrong one, or one the text did not say). */
export function editQuoteProposal(draft: StoryDraft, id: string, speaker: string | null): StoryDraft {
  const proposals = draft.proposals
  if (!proposals) return draft
  const quotes = proposals.quotes.map((p) =>
    p.quote.id === id ? { ...p, quote: { ...p.quote, speaker } } : p,
  )
  return { ...draft, proposals: { ...proposals, quotes } }
}
