import { useId, useState } from 'react'
import { eventStatuses } from '../../../dataset/format/format-constants'
import { documentName } from '../model/document-name'
import type { DraftActor, DraftDocument, DraftEvent } from '../model/story-draft'
import { CountriesField } from './country-field'
import { DateField } from './date-field'
import { Field, TextArea, TextField } from './field'

const STATUS_NAMES: Record<DraftEvent['status'], string> = {
  occurred: 'Occurred (reported as fact)',
  scheduled: 'Scheduled (announced for after publication)',
  alleged: 'Alleged (an accusation the source reports)',
}

type Patch = Partial<Omit<DraftEvent, 'id'>>

/** Every field of an event, with the format's rules: the date as EDTF with what it means in words. */
export function EventForm(props: {
  event: DraftEvent
  actors: readonly DraftActor[]
  documents: readonly DraftDocument[]
  onChange: (patch: Patch, field: string) => void
  onNewActor: (name: string) => string
  onRemove: () => void
}) {
  const { event, actors, documents, onChange, onNewActor, onRemove } = props
  return (
    <div className="item-form">
      <TextField label="Title" value={event.title} onChange={(title) => onChange({ title }, 'title')} />
      <TextArea
        label="Summary"
        value={event.summary}
        onChange={(summary) => onChange({ summary }, 'summary')}
        rows={4}
      />
      <DateField label="Date" value={event.date} onChange={(date) => onChange({ date }, 'date')} required />
      <Field label="Status">
        {(id) => (
          <select
            id={id}
            value={event.status}
            onChange={(change) => {
              const status = eventStatuses.find((known) => known === change.target.value)
              if (status) onChange({ status }, 'status')
            }}
          >
            {eventStatuses.map((status) => (
              <option key={status} value={status}>
                {STATUS_NAMES[status]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ActorsField
        chosen={event.actors}
        actors={actors}
        onChange={(chosen) => onChange({ actors: chosen }, 'actors')}
        onNewActor={onNewActor}
      />
      <CountriesField
        label="Countries (beyond its actors’)"
        codes={event.countries}
        onChange={(countries) => onChange({ countries }, 'countries')}
      />
      <TextField
        label="Categories"
        value={event.categories.join(', ')}
        onChange={(typed) =>
          onChange({ categories: typed.split(',').map((name) => name.trimStart()) }, 'categories')
        }
        hint="Separated by commas: “Diplomacy, Sanctions”."
      />
      <fieldset className="editor-field">
        <legend>Place</legend>
        <TextField
          label="Name"
          value={event.place.name}
          onChange={(name) => onChange({ place: { ...event.place, name } }, 'place')}
        />
        <div className="field-row">
          <TextField
            label="Latitude"
            value={event.place.latitude}
            onChange={(latitude) => onChange({ place: { ...event.place, latitude } }, 'place')}
            problem={numberProblem(event.place.latitude, 90)}
          />
          <TextField
            label="Longitude"
            value={event.place.longitude}
            onChange={(longitude) => onChange({ place: { ...event.place, longitude } }, 'place')}
            problem={numberProblem(event.place.longitude, 180)}
          />
        </div>
      </fieldset>
      <SourcesField sources={event.sources} onChange={(sources) => onChange({ sources }, 'sources')} />
      <fieldset className="editor-field">
        <legend>Picture or video</legend>
        <TextField
          label="Address (http or https)"
          type="url"
          value={event.media.url}
          onChange={(url) => onChange({ media: { ...event.media, url } }, 'media')}
        />
        <TextField
          label="Caption"
          value={event.media.caption}
          onChange={(caption) => onChange({ media: { ...event.media, caption } }, 'media')}
        />
        <TextField
          label="Credit"
          value={event.media.credit}
          onChange={(credit) => onChange({ media: { ...event.media, credit } }, 'media')}
        />
      </fieldset>
      <CitesField event={event} documents={documents} onChange={(cites) => onChange({ cites }, 'cites')} />
      <button type="button" className="danger-button" onClick={onRemove}>
        Delete event
      </button>
    </div>
  )
}

function numberProblem(value: string, limit: number): string | null {
  if (!value.trim()) return null
  const number = Number(value)
  return Number.isFinite(number) && Math.abs(number) <= limit ? null : `A number from −${limit} to ${limit}.`
}

function ActorsField(props: {
  chosen: readonly string[]
  actors: readonly DraftActor[]
  onChange: (chosen: string[]) => void
  onNewActor: (name: string) => string
}) {
  const { chosen, actors, onChange, onNewActor } = props
  const id = useId()
  const [name, setName] = useState('')
  const add = () => {
    if (!name.trim()) return
    const actor = onNewActor(name)
    onChange([...new Set([...chosen, actor])])
    setName('')
  }
  return (
    <fieldset className="editor-field">
      <legend>Actors</legend>
      {actors.length === 0 && <p className="field-hint">No actors yet: add one below.</p>}
      <ul className="check-list">
        {actors.map((actor) => (
          <li key={actor.id}>
            <label>
              <input
                type="checkbox"
                checked={chosen.includes(actor.id)}
                onChange={(event) =>
                  onChange(
                    event.target.checked ? [...chosen, actor.id] : chosen.filter((kept) => kept !== actor.id),
                  )
                }
              />
              {actor.name || 'Unnamed actor'}
            </label>
          </li>
        ))}
      </ul>
      <div className="field-row">
        <label htmlFor={id} className="visually-hidden">
          New actor’s name
        </label>
        <input
          id={id}
          value={name}
          placeholder="New actor’s name"
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault()
              add()
            }
          }}
        />
        <button type="button" className="icon-button" onClick={add} disabled={!name.trim()}>
          Add actor
        </button>
      </div>
    </fieldset>
  )
}

function SourcesField(props: {
  sources: DraftEvent['sources']
  onChange: (sources: DraftEvent['sources']) => void
}) {
  const { sources, onChange } = props
  const set = (index: number, patch: Partial<DraftEvent['sources'][number]>) =>
    onChange(sources.map((source, at) => (at === index ? { ...source, ...patch } : source)))
  return (
    <fieldset className="editor-field">
      <legend>Other reports of it</legend>
      {sources.map((source, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, never reordered
        <div className="field-row" key={index}>
          <TextField
            label={`Outlet ${index + 1}`}
            value={source.outlet}
            onChange={(outlet) => set(index, { outlet })}
          />
          <TextField
            label={`Address ${index + 1}`}
            type="url"
            value={source.url}
            onChange={(url) => set(index, { url })}
          />
          <button
            type="button"
            className="icon-button"
            aria-label={`Remove report ${index + 1}`}
            onClick={() => onChange(sources.filter((_, at) => at !== index))}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="icon-button"
        onClick={() => onChange([...sources, { outlet: '', url: '' }])}
      >
        Add a report
      </button>
    </fieldset>
  )
}

function CitesField(props: {
  event: DraftEvent
  documents: readonly DraftDocument[]
  onChange: (cites: DraftEvent['cites']) => void
}) {
  const { event, documents, onChange } = props
  const cites = event.cites ?? { document: documents[0]?.id ?? 'source', paragraphs: [] }
  const [typed, setTyped] = useState(cites.paragraphs.join(', '))
  const numbers = typed
    .split(/[,\s]+/)
    .filter(Boolean)
    .map(Number)
  const problem = numbers.some((number) => !Number.isInteger(number) || number < 1)
    ? 'Paragraph numbers, from 1, separated by commas.'
    : null
  return (
    <fieldset className="editor-field">
      <legend>Where the source reports it</legend>
      {documents.length > 1 && (
        <Field label="Document">
          {(id) => (
            <select
              id={id}
              value={cites.document}
              onChange={(change) => onChange({ ...cites, document: change.target.value })}
            >
              {documents.map((document, index) => (
                <option key={document.id} value={document.id}>
                  {documentName(document, index)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <TextField
        label="Paragraphs"
        value={typed}
        problem={problem}
        hint="Their numbers in the article: “3, 5”."
        onChange={(value) => {
          setTyped(value)
          const read = value
            .split(/[,\s]+/)
            .filter(Boolean)
            .map(Number)
          if (read.every((number) => Number.isInteger(number) && number >= 1))
            onChange(read.length ? { ...cites, paragraphs: [...new Set(read)].sort((a, b) => a - b) } : null)
        }}
      />
    </fieldset>
  )
}
