import { editEventProposal, editQuoteProposal, type ProposalKind, settleProposals } from '../model/proposals'
import type { DraftProposals, StoryDraft } from '../model/story-draft'
import { describeDate } from './describe'

type Change = (change: (before: StoryDraft) => StoryDraft, coalesceKey?: string) => void

const KIND_NAMES: Record<ProposalKind, string> = { actors: 'Actors', events: 'Events', quotes: 'Quotes' }

/**
 * What Draft from the article proposed, by kind, each to accept (it becomes an ordinary event, quote or
 * actor), reject, or correct first; all of a kind at once too. Nothing is added to the story unless
 * accepted. How sure each is stands beside it.
 */
export function ProposalsTab(props: { draft: StoryDraft; change: Change; onSaid: (words: string) => void }) {
  const { draft, change, onSaid } = props
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
            {rows(kind, proposals).map((row) => (
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
                        Date
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
                        Speaker
                        <select
                          value={row.speaker ?? ''}
                          onChange={(event) =>
                            change((before) => editQuoteProposal(before, row.id, event.target.value || null))
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
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      onClick={() => settle(kind, [row.id], 'rejected')}
                    >
                      Reject
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
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
