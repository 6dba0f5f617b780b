import { type KeyboardEvent, useId } from 'react'
import type { ParagraphSelection } from '../article/read-selection'
import {
  addActor,
  addEvent,
  removeActor,
  removeEvent,
  removeQuote,
  updateActor,
  updateEvent,
  updateQuote,
} from '../model/draft-edits'
import type { StoryDraft } from '../model/story-draft'
import { ActorForm } from './actor-form'
import { describeDate, inTimeOrder, quoteWhere } from './describe'
import { EventForm } from './event-form'
import { ItemList } from './item-list'
import { NarrativesTab } from './narratives-tab'
import { ProposalsTab } from './proposals-tab'
import { QuoteForm } from './quote-form'

export type Tab = 'events' | 'quotes' | 'actors' | 'narratives' | 'proposals'
export type Picked = Partial<Record<Tab, string>>
type Change = (change: (before: StoryDraft) => StoryDraft, coalesceKey?: string) => void

/**
 * The story's side: its events, quotes, actors and narratives, each a list with a form for the one
 * chosen; and, once the article has been drafted, the proposals to accept or reject.
 */
export function ItemsPane(props: {
  draft: StoryDraft
  change: Change
  tab: Tab
  onTab: (tab: Tab) => void
  picked: Picked
  onPick: (tab: Tab, id: string) => void
  onShowQuote: (id: string) => void
  onSaid: (words: string) => void
  selection: ParagraphSelection | null
  selectionWords: string
  documentId: string
}) {
  const { draft, change, tab, onTab, picked, onPick, onShowQuote, onSaid } = props
  const id = useId()
  const openProposals = draft.proposals
    ? [...draft.proposals.actors, ...draft.proposals.events, ...draft.proposals.quotes].filter(
        (proposal) => proposal.state === 'open',
      ).length
    : 0
  const tabs: Array<{ key: Tab; label: string }> = [
    { key: 'events', label: `Events (${draft.events.length})` },
    { key: 'quotes', label: `Quotes (${draft.quotes.length})` },
    { key: 'actors', label: `Actors (${draft.actors.length})` },
    { key: 'narratives', label: `Narratives (${draft.narratives.length})` },
    ...(draft.proposals ? [{ key: 'proposals' as const, label: `Proposals (${openProposals})` }] : []),
  ]
  const newActor = (name: string) => {
    const made = addActor(draft, { name, kind: 'person', country: '', role: '' })
    change(() => made.draft)
    return made.id
  }
  const onKeys = (event: KeyboardEvent) => {
    const at = tabs.findIndex((candidate) => candidate.key === tab)
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
    if (!step) return
    const next = tabs[(at + step + tabs.length) % tabs.length]
    if (next) {
      onTab(next.key)
      document.getElementById(`${id}-${next.key}`)?.focus()
    }
  }
  const event = draft.events.find((candidate) => candidate.id === picked.events)
  const quote = draft.quotes.find((candidate) => candidate.id === picked.quotes)
  const actor = draft.actors.find((candidate) => candidate.id === picked.actors)
  return (
    <section className="items-pane" aria-label="The story">
      <div className="editor-tabs" role="tablist" aria-label="The story’s parts" onKeyDown={onKeys}>
        {tabs.map(({ key, label }) => (
          <button
            key={key}
            id={`${id}-${key}`}
            type="button"
            role="tab"
            aria-selected={tab === key}
            aria-controls={`${id}-panel`}
            tabIndex={tab === key ? 0 : -1}
            className={tab === key ? 'tab-button current' : 'tab-button'}
            onClick={() => onTab(key)}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="items-panel" role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${tab}`}>
        {tab === 'events' && (
          <>
            <ItemList
              label="Events"
              items={inTimeOrder(draft.events).map((item) => ({
                id: item.id,
                title: item.title || 'Untitled event',
                meta: describeDate(item.date),
              }))}
              picked={picked.events}
              onPick={(item) => onPick('events', item)}
              onAdd={() => {
                const made = addEvent(draft)
                change(() => made.draft)
                onPick('events', made.id)
                onSaid('A new event: give it a title and a date.')
              }}
              addLabel="New event"
              empty="No events yet: select words in the article and choose Make event, or add one here."
              form={
                event && (
                  <EventForm
                    key={event.id}
                    event={event}
                    actors={draft.actors}
                    documents={draft.documents}
                    onChange={(patch, field) =>
                      change((before) => updateEvent(before, event.id, patch), `${event.id}:${field}`)
                    }
                    onNewActor={newActor}
                    onRemove={() => {
                      change((before) => removeEvent(before, event.id))
                      onSaid(`Event deleted: “${event.title}”. Ctrl+Z brings it back.`)
                    }}
                  />
                )
              }
            />
          </>
        )}
        {tab === 'quotes' && (
          <>
            <ItemList
              label="Quotes"
              items={draft.quotes.map((item) => ({
                id: item.id,
                title: `“${item.text.length > 70 ? `${item.text.slice(0, 70)}…` : item.text}”`,
                meta: `${draft.actors.find((candidate) => candidate.id === item.speaker)?.name ?? 'No speaker yet'} · paragraph ${item.paragraph}${item.event ? '' : ' · no event yet'}`,
              }))}
              picked={picked.quotes}
              onPick={(item) => onPick('quotes', item)}
              empty="No quotes yet: select words in the article and choose Make quote."
              form={
                quote && (
                  <QuoteForm
                    key={quote.id}
                    quote={quote}
                    where={quoteWhere(draft, quote)}
                    actors={draft.actors}
                    events={draft.events}
                    onChange={(patch) => change((before) => updateQuote(before, quote.id, patch))}
                    onNewSpeaker={newActor}
                    onShow={() => onShowQuote(quote.id)}
                    onRemove={() => {
                      change((before) => removeQuote(before, quote.id))
                      onSaid('Quote deleted. Ctrl+Z brings it back.')
                    }}
                  />
                )
              }
            />
          </>
        )}
        {tab === 'actors' && (
          <>
            <ItemList
              label="Actors"
              items={draft.actors.map((item) => ({
                id: item.id,
                title: item.name || 'Unnamed actor',
                meta: item.role || item.kind,
              }))}
              picked={picked.actors}
              onPick={(item) => onPick('actors', item)}
              onAdd={() => {
                const made = addActor(draft, {
                  name: `New actor ${draft.actors.length + 1}`,
                  kind: 'person',
                  country: '',
                  role: '',
                })
                change(() => made.draft)
                onPick('actors', made.id)
              }}
              addLabel="New actor"
              empty="No actors yet: a quote’s speaker or an event’s actor can be made on the spot."
              form={
                actor && (
                  <ActorForm
                    key={actor.id}
                    actor={actor}
                    onChange={(patch, field) =>
                      change((before) => updateActor(before, actor.id, patch), `${actor.id}:${field}`)
                    }
                    onRemove={() => {
                      change((before) => removeActor(before, actor.id))
                      onSaid(`Actor deleted: ${actor.name}. Ctrl+Z brings them back.`)
                    }}
                  />
                )
              }
            />
          </>
        )}
        {tab === 'narratives' && (
          <NarrativesTab
            draft={draft}
            change={change}
            picked={picked.narratives}
            onPick={(item) => onPick('narratives', item)}
            selection={props.selection}
            selectionWords={props.selectionWords}
            documentId={props.documentId}
          />
        )}
        {tab === 'proposals' && draft.proposals && (
          <ProposalsTab draft={draft} change={change} onSaid={onSaid} />
        )}
      </div>
    </section>
  )
}
