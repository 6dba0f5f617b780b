import { useState } from 'react'
import { editEventProposal, editQuoteProposal, type ProposalKind, settleProposals } from '../model/proposals'
import type { DraftProposals, StoryDraft } from '../model/story-draft'
import { describeDate } from './describe'

type Change = (change: (before: StoryDraft) => StoryDraft, coalesceKey?: string) => void

const KIND_NAMES: Record<ProposalKind, string> = { actors: 'Actors', events: 'Events', quotes: 'Quotes' }
const ONE_OF: Record<ProposalKind, string> = { actors: 'actor', events: 'event', quotes: 'quote' }

/** How many proposals of a kind are listed at first, and how many more a button shows: a long article's
 * thousands drawn at once froze the page. Accept all and Reject all still take every one. */
const LISTED = 100

/**
 * What Draft from the article proposed, by kind, each to accept (it becomes an ordinary event, quote or
 * actor), reject, or correct first; all of a kind at once too. Nothing is added to the story unless
 * accepted. How sure each is stands beside it.
 */
export function ProposalsTab(props: { draft: StoryDraft; change: Change; onSaid: (words: string) => void }) {
  const { draft, change, onSaid } = props
  const [shown, setShown] = useState<Record<ProposalKind, number>>({
    actors: LISTED,
    events: LISTED,
    quotes: LISTED,
  })
  const proposals = draft.proposals
  if (!proposals) return null
  const settle = (kind: ProposalKind, ids: string[] | 'all-open', state: 'accepted' | 'rejected') => {
    change((before) => settleProposals(before, kind, ids, state))
    onSaid(
      `${ids === 'all-open' ? `Every open proposal of ${KIND_NAMES[kind].toLowerCase()}` : 'The proposal'} ${state}.`,
    )
  }
  const actorName = (id: string | null) =>
    (id &&
      (
        draft.actors.find((actor) => actor.id === id) ??
        proposals.actors.find((p) => p.actor.id === id)?.actor
      )?.name) ||
    null
  const open = (kind: ProposalKind) => proposals[kind].filter((p) => p.state === 'open').length
  return (
    <div className="proposals">
      <p className="field-hint">
        Proposed from the article’s text: check each. Accepted ones become ordinary events, quotes and actors;
        a quote brings its speaker and event along.
      </p>
      {(['quotes', 'events', 'actors'] as const).map((kind) => (
        <section
          key={kind}
          className="proposal-group"
          aria-label={`Proposed ${KIND_NAMES[kind].toLowerCase()}`}
        >
          <header className="proposal-group-header">
            <h3>
              {KIND_NAMES[kind]} ({open(kind)} open)
            </h3>
            <div className="button-row">
              <button
                type="button"
                className="icon-button"
                disabled={!open(kind)}
                onClick={() => settle(kind, 'all-open', 'accepted')}
              >
                Accept all {KIND_NAMES[kind].toLowerCase()}
              </button>
              <button
                type="button"
                className="icon-button"
                disabled={!open(kind)}
                onClick={() => settle(kind, 'all-open', 'rejected')}
              >
                Reject all
              </button>
            </div>
          </header>
          <ul className="proposal-list">
            {rows(kind, proposals)
              .slice(0, shown[kind])
              .map((row) => (
                <li key={row.id} className={`proposal proposal-${row.state}`}>
                  <div className="proposal-text" dir="auto">
                    {kind === 'quotes' ? `“${row.title}”` : row.title}
                  </div>
                  <div className="proposal-meta">
                    {kind === 'events' && <span>{describeDate(row.date ?? '')}</span>}
                    {kind === 'quotes' && (
                      <span>{actorName(row.speaker ?? null) ?? 'Speaker not found in the text'}</span>
                    )}
                    {kind === 'actors' && <span>{row.meta}</span>}
                    <span className="confidence">{Math.round(row.confidence * 100)}% sure</span>
                    {row.state !== 'open' && (
                      <span className="proposal-state">
                        {row.state === 'accepted' ? 'Accepted' : 'Rejected'}
                      </span>
                    )}
                  </div>
                  {row.state === 'open' && (
                    <div className="button-row start">
                      {kind === 'events' && (
                        <label className="inline-field">
                          Date<span className="visually-hidden"> of “{row.title.slice(0, 60)}”</span>
                          <input
                            value={row.date ?? ''}
                            onChange={(event) =>
                              change(
                                (before) => editEventProposal(before, row.id, { date: event.target.value }),
                                `proposal-${row.id}`,
                              )
                            }
                          />
                        </label>
                      )}
                      {kind === 'quotes' && (
                        <label className="inline-field">
                          Speaker<span className="visually-hidden"> of “{row.title.slice(0, 60)}”</span>
                          <select
                            value={row.speaker ?? ''}
                            onChange={(event) =>
                              change((before) =>
                                editQuoteProposal(before, row.id, event.target.value || null),
                              )
                            }
                          >
                            <option value="">Not said</option>
                            {[
                              ...draft.actors,
                              ...proposals.actors.filter((p) => p.state !== 'rejected').map((p) => p.actor),
                            ].map((actor) => (
                              <option key={actor.id} value={actor.id}>
                                {actor.name}
                              </option>
                            ))}
                          </select>
                        </label>
                      )}
                      <button
                        type="button"
                        className="icon-button"
                        onClick={() => settle(kind, [row.id], 'accepted')}
                      >
                        Accept
                        <span className="visually-hidden">
                          {' '}
                          {ONE_OF[kind]} “{row.title.slice(0, 60)}”
                        </span>
                      </button>
                      <button
                        type="button"
                        className="icon-button"
                        onClick={() => settle(kind, [row.id], 'rejected')}
                      >
                        Reject
                        <span className="visually-hidden">
                          {' '}
                          {ONE_OF[kind]} “{row.title.slice(0, 60)}”
                        </span>
                      </button>
                    </div>
                  )}
                </li>
              ))}
          </ul>
          {proposals[kind].length > shown[kind] && (
            <button
              type="button"
              className="icon-button"
              onClick={() => setShown((before) => ({ ...before, [kind]: before[kind] + LISTED }))}
            >
              Show {Math.min(LISTED, proposals[kind].length - shown[kind])} more of{' '}
              {proposals[kind].length - shown[kind]}
            </button>
          )}
        </section>
      ))}
    </div>
  )
}

type Row = {
  id: string
  title: string
  state: string
  confidence: number
  date?: string
  speaker?: string | null
  meta?: string
}

function rows(kind: ProposalKind, proposals: DraftProposals): Row[] {
  if (kind === 'actors')
    return proposals.actors.map((p) => ({
      id: p.actor.id,
      title: p.actor.name,
      state: p.state,
      confidence: p.confidence,
      meta: [p.actor.kind, p.actor.role].filter(Boolean).join(' · '),
    }))
  if (kind === 'events')
    return proposals.events.map((p) => ({
      id: p.event.id,
      title: p.event.title,
      state: p.state,
      confidence: p.confidence,
      date: p.event.date,
    }))
  return proposals.quotes.map((p) => ({
    id: p.quote.id,
    title: p.quote.text,
    state: p.state,
    confidence: p.confidence,
    speaker: p.quote.speaker,
  }))
}
