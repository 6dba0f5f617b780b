import { type KeyboardEvent, useId } from 'react'
import { directionOf } from '../../../i18n/languages'
import { defineMessages } from '../../../i18n/messages'
import { useLanguage, useT } from '../../../i18n/use-t'
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
import { ActorForm, actorKindName } from './actor-form'
import { describeDate, inTimeOrder, quoteWhere } from './describe'
import { EventForm } from './event-form'
import { ItemList } from './item-list'
import { NarrativesTab } from './narratives-tab'
import { ProposalsTab } from './proposals-tab'
import { QuoteForm } from './quote-form'

const messages = defineMessages({
  events: { id: 'editor.tab.events', defaultMessage: 'Events ({count, number})' },
  quotes: { id: 'editor.tab.quotes', defaultMessage: 'Quotes ({count, number})' },
  actors: { id: 'editor.tab.actors', defaultMessage: 'Actors ({count, number})' },
  narratives: { id: 'editor.tab.narratives', defaultMessage: 'Narratives ({count, number})' },
  proposals: { id: 'editor.tab.proposals', defaultMessage: 'Proposals ({count, number})' },
  story: { id: 'editor.theStory', defaultMessage: 'The story' },
  parts: { id: 'editor.storyParts', defaultMessage: 'The story’s parts' },
  eventsList: { id: 'editor.eventsList', defaultMessage: 'Events' },
  untitledEvent: { id: 'editor.untitledEvent', defaultMessage: 'Untitled event' },
  newEventSaid: { id: 'editor.newEventSaid', defaultMessage: 'A new event: give it a title and a date.' },
  newEvent: { id: 'editor.newEvent', defaultMessage: 'New event' },
  noEvents: {
    id: 'editor.noEvents',
    defaultMessage: 'No events yet: select words in the article and choose Make event, or add one here.',
  },
  eventDeleted: {
    id: 'editor.eventDeleted',
    defaultMessage: 'Event deleted: “{title}”. Ctrl+Z brings it back.',
  },
  quotesList: { id: 'editor.quotesList', defaultMessage: 'Quotes' },
  quoteMeta: {
    id: 'editor.quoteMeta',
    defaultMessage: '{speaker} · paragraph {paragraph}{event, select, none { · no event yet} other {}}',
  },
  noSpeaker: { id: 'editor.noSpeakerYet', defaultMessage: 'No speaker yet' },
  noQuotes: {
    id: 'editor.noQuotes',
    defaultMessage: 'No quotes yet: select words in the article and choose Make quote.',
  },
  quoteDeleted: { id: 'editor.quoteDeleted', defaultMessage: 'Quote deleted. Ctrl+Z brings it back.' },
  actorsList: { id: 'editor.actorsList', defaultMessage: 'Actors' },
  unnamedActor: { id: 'editor.unnamedActor', defaultMessage: 'Unnamed actor' },
  newActorName: { id: 'editor.newActorName', defaultMessage: 'New actor {number, number}' },
  newActor: { id: 'editor.newActor', defaultMessage: 'New actor' },
  noActors: {
    id: 'editor.noActors',
    defaultMessage: 'No actors yet: a quote’s speaker or an event’s actor can be made on the spot.',
  },
  actorDeleted: {
    id: 'editor.actorDeleted',
    defaultMessage: 'Actor deleted: {name}. Ctrl+Z brings them back.',
  },
})

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
  const t = useT()
  // The tabs run right to left in Arabic: the arrow pointing to the next tab is then the left one.
  const forward = directionOf(useLanguage().language) === 'rtl' ? 'ArrowLeft' : 'ArrowRight'
  const backward = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft'
  const { draft, change, tab, onTab, picked, onPick, onShowQuote, onSaid } = props
  const id = useId()
  const openProposals = draft.proposals
    ? [...draft.proposals.actors, ...draft.proposals.events, ...draft.proposals.quotes].filter(
        (proposal) => proposal.state === 'open',
      ).length
    : 0
  const tabs: Array<{ key: Tab; label: string }> = [
    { key: 'events', label: t(messages.events, { count: draft.events.length }) },
    { key: 'quotes', label: t(messages.quotes, { count: draft.quotes.length }) },
    { key: 'actors', label: t(messages.actors, { count: draft.actors.length }) },
    { key: 'narratives', label: t(messages.narratives, { count: draft.narratives.length }) },
    ...(draft.proposals
      ? [{ key: 'proposals' as const, label: t(messages.proposals, { count: openProposals }) }]
      : []),
  ]
  const newActor = (name: string) => {
    const made = addActor(draft, { name, kind: 'person', country: '', role: '' })
    change(() => made.draft)
    return made.id
  }
  const onKeys = (event: KeyboardEvent) => {
    const at = tabs.findIndex((candidate) => candidate.key === tab)
    const step = event.key === forward ? 1 : event.key === backward ? -1 : 0
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
    <section className="items-pane" aria-label={t(messages.story)}>
      <div className="editor-tabs" role="tablist" aria-label={t(messages.parts)} onKeyDown={onKeys}>
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
              label={t(messages.eventsList)}
              items={inTimeOrder(draft.events).map((item) => ({
                id: item.id,
                title: item.title || t(messages.untitledEvent),
                meta: describeDate(item.date),
              }))}
              picked={picked.events}
              onPick={(item) => onPick('events', item)}
              onAdd={() => {
                const made = addEvent(draft)
                change(() => made.draft)
                onPick('events', made.id)
                onSaid(t(messages.newEventSaid))
              }}
              addLabel={t(messages.newEvent)}
              empty={t(messages.noEvents)}
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
                      onSaid(t(messages.eventDeleted, { title: event.title }))
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
              label={t(messages.quotesList)}
              items={draft.quotes.map((item) => ({
                id: item.id,
                title: `“${item.text.length > 70 ? `${item.text.slice(0, 70)}…` : item.text}”`,
                meta: t(messages.quoteMeta, {
                  speaker:
                    draft.actors.find((candidate) => candidate.id === item.speaker)?.name ??
                    t(messages.noSpeaker),
                  paragraph: item.paragraph,
                  event: item.event ? 'some' : 'none',
                }),
              }))}
              picked={picked.quotes}
              onPick={(item) => onPick('quotes', item)}
              empty={t(messages.noQuotes)}
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
                      onSaid(t(messages.quoteDeleted))
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
              label={t(messages.actorsList)}
              items={draft.actors.map((item) => ({
                id: item.id,
                title: item.name || t(messages.unnamedActor),
                meta: item.role || actorKindName(item.kind),
              }))}
              picked={picked.actors}
              onPick={(item) => onPick('actors', item)}
              onAdd={() => {
                const made = addActor(draft, {
                  name: t(messages.newActorName, { number: draft.actors.length + 1 }),
                  kind: 'person',
                  country: '',
                  role: '',
                })
                change(() => made.draft)
                onPick('actors', made.id)
              }}
              addLabel={t(messages.newActor)}
              empty={t(messages.noActors)}
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
                      onSaid(t(messages.actorDeleted, { name: actor.name }))
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
