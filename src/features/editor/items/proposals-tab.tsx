import { type ReactNode, useState } from 'react'
import { defineMessages } from '../../../i18n/messages'
import { richText } from '../../../i18n/rich-text'
import { useT } from '../../../i18n/use-t'
import { editEventProposal, editQuoteProposal, type ProposalKind, settleProposals } from '../model/proposals'
import type { DraftActor, DraftProposals, StoryDraft } from '../model/story-draft'
import { actorKindName } from './actor-form'
import { describeDate } from './describe'

type Change = (change: (before: StoryDraft) => StoryDraft, coalesceKey?: string) => void

const messages = defineMessages({
  settled: {
    id: 'editor.proposal.settled',
    defaultMessage:
      '{which, select, all {Every open proposal of {kind, select, actors {actors} events {events} other {quotes}}} other {The proposal}} {state, select, accepted {accepted} other {rejected}}.',
  },
  intro: {
    id: 'editor.proposal.intro',
    defaultMessage:
      'Proposed from the article’s text: check each. Accepted ones become ordinary events, quotes and actors; a quote brings its speaker and event along.',
  },
  group: {
    id: 'editor.proposal.group',
    defaultMessage: 'Proposed {kind, select, actors {actors} events {events} other {quotes}}',
  },
  heading: {
    id: 'editor.proposal.heading',
    defaultMessage: '{kind, select, actors {Actors} events {Events} other {Quotes}} ({open, number} open)',
  },
  acceptAll: {
    id: 'editor.proposal.acceptAll',
    defaultMessage: 'Accept all {kind, select, actors {actors} events {events} other {quotes}}',
  },
  rejectAll: { id: 'editor.proposal.rejectAll', defaultMessage: 'Reject all' },
  noSpeaker: { id: 'editor.proposal.noSpeaker', defaultMessage: 'Speaker not found in the text' },
  sure: { id: 'editor.proposal.sure', defaultMessage: '{percent, number}% sure' },
  accepted: { id: 'editor.proposal.accepted', defaultMessage: 'Accepted' },
  rejected: { id: 'editor.proposal.rejected', defaultMessage: 'Rejected' },
  dateOf: { id: 'editor.proposal.dateOf', defaultMessage: 'Date<h> of “{title}”</h>' },
  speakerOf: { id: 'editor.proposal.speakerOf', defaultMessage: 'Speaker<h> of “{title}”</h>' },
  notSaid: { id: 'editor.proposal.notSaid', defaultMessage: 'Not said' },
  accept: {
    id: 'editor.proposal.accept',
    defaultMessage: 'Accept<h> {kind, select, actors {actor} events {event} other {quote}} “{title}”</h>',
  },
  reject: {
    id: 'editor.proposal.reject',
    defaultMessage: 'Reject<h> {kind, select, actors {actor} events {event} other {quote}} “{title}”</h>',
  },
  showMore: { id: 'editor.proposal.showMore', defaultMessage: 'Show {count, number} more of {left, number}' },
})

// A speaker's name, as the story writes it: data, isolated from the words around it.
const speakerWords = (name: string | null | undefined) => (name ? <bdi>{name}</bdi> : null)

// The part of a label said to screen readers only.
const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>

/** How many proposals of a kind are listed at first, and how many more a button shows: a long article's
 * thousands drawn at once froze the page. Accept all and Reject all still take every one. */
const LISTED = 100

/**
 * What Draft from the article proposed, by kind, each to accept (it becomes an ordinary event, quote or
 * actor), reject, or correct first; all of a kind at once too. Nothing is added to the story unless
 * accepted. How sure each is stands beside it.
 */
export function ProposalsTab(props: { draft: StoryDraft; change: Change; onSaid: (words: string) => void }) {
  const t = useT()
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
    onSaid(t(messages.settled, { which: ids === 'all-open' ? 'all' : 'one', kind, state }))
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
      <p className="field-hint">{t(messages.intro)}</p>
      {(['quotes', 'events', 'actors'] as const).map((kind) => (
        <section key={kind} className="proposal-group" aria-label={t(messages.group, { kind })}>
          <header className="proposal-group-header">
            <h3>{t(messages.heading, { kind, open: open(kind) })}</h3>
            <div className="button-row">
              <button
                type="button"
                className="icon-button"
                disabled={!open(kind)}
                onClick={() => settle(kind, 'all-open', 'accepted')}
              >
                {t(messages.acceptAll, { kind })}
              </button>
              <button
                type="button"
                className="icon-button"
                disabled={!open(kind)}
                onClick={() => settle(kind, 'all-open', 'rejected')}
              >
                {t(messages.rejectAll)}
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
                      <span>{speakerWords(actorName(row.speaker ?? null)) ?? t(messages.noSpeaker)}</span>
                    )}
                    {kind === 'actors' && (
                      <span>
                        {row.kind && actorKindName(row.kind)}
                        {row.role && (
                          <>
                            {' · '}
                            <bdi>{row.role}</bdi>
                          </>
                        )}
                      </span>
                    )}
                    <span className="confidence">
                      {t(messages.sure, { percent: Math.round(row.confidence * 100) })}
                    </span>
                    {row.state !== 'open' && (
                      <span className="proposal-state">
                        {row.state === 'accepted' ? t(messages.accepted) : t(messages.rejected)}
                      </span>
                    )}
                  </div>
                  {row.state === 'open' && (
                    <div className="button-row start">
                      {kind === 'events' && (
                        <label className="inline-field">
                          {richText(messages.dateOf, {
                            title: <bdi>{row.title.slice(0, 60)}</bdi>,
                            h: hidden,
                          })}
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
                          {richText(messages.speakerOf, {
                            title: <bdi>{row.title.slice(0, 60)}</bdi>,
                            h: hidden,
                          })}
                          <select
                            value={row.speaker ?? ''}
                            onChange={(event) =>
                              change((before) =>
                                editQuoteProposal(before, row.id, event.target.value || null),
                              )
                            }
                          >
                            <option value="">{t(messages.notSaid)}</option>
                            {[
                              ...draft.actors,
                              ...proposals.actors.filter((p) => p.state !== 'rejected').map((p) => p.actor),
                            ].map((actor) => (
                              <option key={actor.id} value={actor.id} dir="auto">
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
                        {richText(messages.accept, {
                          kind,
                          title: <bdi>{row.title.slice(0, 60)}</bdi>,
                          h: hidden,
                        })}
                      </button>
                      <button
                        type="button"
                        className="icon-button"
                        onClick={() => settle(kind, [row.id], 'rejected')}
                      >
                        {richText(messages.reject, {
                          kind,
                          title: <bdi>{row.title.slice(0, 60)}</bdi>,
                          h: hidden,
                        })}
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
              {t(messages.showMore, {
                count: Math.min(LISTED, proposals[kind].length - shown[kind]),
                left: proposals[kind].length - shown[kind],
              })}
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
  /** An actor's kind, and its role as the article words it (data). */
  kind?: DraftActor['kind']
  role?: string
}

function rows(kind: ProposalKind, proposals: DraftProposals): Row[] {
  if (kind === 'actors')
    return proposals.actors.map((p) => ({
      id: p.actor.id,
      title: p.actor.name,
      state: p.state,
      confidence: p.confidence,
      kind: p.actor.kind,
      ...(p.actor.role ? { role: p.actor.role } : {}),
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
