import { useId, useState } from 'react'
import type { DraftActor, DraftEvent, DraftQuote } from '../model/story-draft'
import { Field } from './field'

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
          Show in the article
        </button>
      </p>
      <Field label="Speaker">
        {(id) => (
          <select
            id={id}
            value={quote.speaker ?? ''}
            onChange={(event) => onChange({ speaker: event.target.value || null })}
          >
            <option value="">Not said in the article</option>
            {actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name || 'Unnamed actor'}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field-row">
        <label htmlFor={newId} className="visually-hidden">
          New speaker’s name
        </label>
        <input
          id={newId}
          value={name}
          placeholder="Or a new speaker’s name"
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault()
              addSpeaker()
            }
          }}
        />
        <button type="button" className="icon-button" onClick={addSpeaker} disabled={!name.trim()}>
          Make speaker
        </button>
      </div>
      <Field
        label="Event"
        hint={events.length === 0 ? 'Make an event first: a quote belongs to one.' : undefined}
      >
        {(id, describedBy) => (
          <select
            id={id}
            value={quote.event ?? ''}
            aria-describedby={describedBy}
            onChange={(event) => onChange({ event: event.target.value || null })}
          >
            <option value="">None yet</option>
            {events.map((event) => (
              <option key={event.id} value={event.id}>
                {event.title || 'Untitled event'}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="button" className="danger-button" onClick={onRemove}>
        Delete quote
      </button>
    </div>
  )
}
