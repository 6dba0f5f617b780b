import { useId, useState } from 'react'
import { defineMessages } from '../../../i18n/messages'
import { useT } from '../../../i18n/use-t'
import type { DraftActor, DraftEvent, DraftQuote } from '../model/story-draft'
import { Field } from './field'

const messages = defineMessages({
  show: { id: 'editor.showInArticle', defaultMessage: 'Show in the article' },
  speaker: { id: 'editor.speaker', defaultMessage: 'Speaker' },
  notSaid: { id: 'editor.notSaid', defaultMessage: 'Not said in the article' },
  unnamedActor: { id: 'editor.unnamedActor', defaultMessage: 'Unnamed actor' },
  newSpeaker: { id: 'editor.newSpeakerName', defaultMessage: 'New speaker’s name' },
  newSpeakerPlaceholder: { id: 'editor.newSpeakerPlaceholder', defaultMessage: 'Or a new speaker’s name' },
  makeSpeaker: { id: 'editor.makeSpeaker', defaultMessage: 'Make speaker' },
  event: { id: 'editor.quoteEvent', defaultMessage: 'Event' },
  eventFirst: { id: 'editor.eventFirst', defaultMessage: 'Make an event first: a quote belongs to one.' },
  noneYet: { id: 'editor.noneYet', defaultMessage: 'None yet' },
  untitledEvent: { id: 'editor.untitledEvent', defaultMessage: 'Untitled event' },
  remove: { id: 'editor.deleteQuote', defaultMessage: 'Delete quote' },
})

/**
 * A quote: its words (the article's own, never typed: to change them, make the quote again from a new
 * selection), where they stand, who said them (chosen from the actors or made on the spot; "not said"
 * when the article does not say), and the event they belong to.
 */
export function QuoteForm(props: {
  quote: DraftQuote
  where: string
  actors: readonly DraftActor[]
  events: readonly DraftEvent[]
  onChange: (patch: Partial<Pick<DraftQuote, 'speaker' | 'event'>>) => void
  onNewSpeaker: (name: string) => string
  onShow: () => void
  onRemove: () => void
}) {
  const t = useT()
  const { quote, where, actors, events, onChange, onNewSpeaker, onShow, onRemove } = props
  const newId = useId()
  const [name, setName] = useState('')
  const addSpeaker = () => {
    if (!name.trim()) return
    onChange({ speaker: onNewSpeaker(name) })
    setName('')
  }
  return (
    <div className="item-form">
      <blockquote className="quote-words" dir="auto">
        “{quote.text}”
      </blockquote>
      <p className="field-hint">
        {where}{' '}
        <button type="button" className="link-button" onClick={onShow}>
          {t(messages.show)}
        </button>
      </p>
      <Field label={t(messages.speaker)}>
        {(id) => (
          <select
            id={id}
            value={quote.speaker ?? ''}
            onChange={(event) => onChange({ speaker: event.target.value || null })}
          >
            <option value="">{t(messages.notSaid)}</option>
            {actors.map((actor) => (
              <option key={actor.id} value={actor.id} dir={actor.name ? 'auto' : undefined}>
                {actor.name || t(messages.unnamedActor)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field-row">
        <label htmlFor={newId} className="visually-hidden">
          {t(messages.newSpeaker)}
        </label>
        <input
          id={newId}
          value={name}
          placeholder={t(messages.newSpeakerPlaceholder)}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault()
              addSpeaker()
            }
          }}
        />
        <button type="button" className="icon-button" onClick={addSpeaker} disabled={!name.trim()}>
          {t(messages.makeSpeaker)}
        </button>
      </div>
      <Field label={t(messages.event)} hint={events.length === 0 ? t(messages.eventFirst) : undefined}>
        {(id, describedBy) => (
          <select
            id={id}
            value={quote.event ?? ''}
            aria-describedby={describedBy}
            onChange={(event) => onChange({ event: event.target.value || null })}
          >
            <option value="">{t(messages.noneYet)}</option>
            {events.map((event) => (
              <option key={event.id} value={event.id} dir={event.title ? 'auto' : undefined}>
                {event.title || t(messages.untitledEvent)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="button" className="danger-button" onClick={onRemove}>
        {t(messages.remove)}
      </button>
    </div>
  )
}
