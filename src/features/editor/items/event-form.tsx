import { useId, useState } from 'react'
import { eventStatuses } from '../../../dataset/format/format-constants'
import { t } from '../../../i18n/i18n-store'
import { defineMessages, type MessageDescriptor } from '../../../i18n/messages'
import { useT } from '../../../i18n/use-t'
import { documentName } from '../model/document-name'
import type { DraftActor, DraftDocument, DraftEvent } from '../model/story-draft'
import { CountriesField } from './country-field'
import { DateField } from './date-field'
import { Field, TextArea, TextField } from './field'

const messages = defineMessages({
  occurred: { id: 'editor.status.occurred', defaultMessage: 'Occurred (reported as fact)' },
  scheduled: { id: 'editor.status.scheduled', defaultMessage: 'Scheduled (announced for after publication)' },
  alleged: { id: 'editor.status.alleged', defaultMessage: 'Alleged (an accusation the source reports)' },
  title: { id: 'editor.eventTitle', defaultMessage: 'Title' },
  summary: { id: 'editor.summary', defaultMessage: 'Summary' },
  date: { id: 'editor.date', defaultMessage: 'Date' },
  status: { id: 'editor.status', defaultMessage: 'Status' },
  countries: { id: 'editor.countriesBeyond', defaultMessage: 'Countries (beyond its actors’)' },
  categories: { id: 'editor.categories', defaultMessage: 'Categories' },
  categoriesHint: {
    id: 'editor.categoriesHint',
    defaultMessage: 'Separated by commas: “Diplomacy, Sanctions”.',
  },
  place: { id: 'editor.place', defaultMessage: 'Place' },
  placeName: { id: 'editor.placeName', defaultMessage: 'Name' },
  latitude: { id: 'editor.latitude', defaultMessage: 'Latitude' },
  longitude: { id: 'editor.longitude', defaultMessage: 'Longitude' },
  media: { id: 'editor.media', defaultMessage: 'Picture or video' },
  mediaUrl: { id: 'editor.mediaUrl', defaultMessage: 'Address (http or https)' },
  caption: { id: 'editor.caption', defaultMessage: 'Caption' },
  credit: { id: 'editor.credit', defaultMessage: 'Credit' },
  remove: { id: 'editor.deleteEvent', defaultMessage: 'Delete event' },
  numberRange: { id: 'editor.numberRange', defaultMessage: 'A number from −{limit} to {limit}.' },
  actors: { id: 'editor.actors', defaultMessage: 'Actors' },
  noActors: { id: 'editor.noActorsBelow', defaultMessage: 'No actors yet: add one below.' },
  unnamedActor: { id: 'editor.unnamedActor', defaultMessage: 'Unnamed actor' },
  newActorName: { id: 'editor.newActorsName', defaultMessage: 'New actor’s name' },
  addActor: { id: 'editor.addActor', defaultMessage: 'Add actor' },
  reports: { id: 'editor.otherReports', defaultMessage: 'Other reports of it' },
  outlet: { id: 'editor.outletNumber', defaultMessage: 'Outlet {number}' },
  address: { id: 'editor.addressNumber', defaultMessage: 'Address {number}' },
  removeReport: { id: 'editor.removeReport', defaultMessage: 'Remove report {number}' },
  removeButton: { id: 'editor.remove', defaultMessage: 'Remove' },
  addReport: { id: 'editor.addReport', defaultMessage: 'Add a report' },
  paragraphsProblem: {
    id: 'editor.paragraphsProblem',
    defaultMessage: 'Paragraph numbers, from 1, separated by commas.',
  },
  whereReported: { id: 'editor.whereReported', defaultMessage: 'Where the source reports it' },
  document: { id: 'editor.document', defaultMessage: 'Document' },
  paragraphs: { id: 'editor.paragraphs', defaultMessage: 'Paragraphs' },
  paragraphsHint: { id: 'editor.paragraphsHint', defaultMessage: 'Their numbers in the article: “3, 5”.' },
})

const STATUS_NAMES: Record<DraftEvent['status'], MessageDescriptor> = {
  occurred: messages.occurred,
  scheduled: messages.scheduled,
  alleged: messages.alleged,
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
  useT()
  const { event, actors, documents, onChange, onNewActor, onRemove } = props
  return (
    <div className="item-form">
      <TextField
        label={t(messages.title)}
        value={event.title}
        onChange={(title) => onChange({ title }, 'title')}
      />
      <TextArea
        label={t(messages.summary)}
        value={event.summary}
        onChange={(summary) => onChange({ summary }, 'summary')}
        rows={4}
      />
      <DateField
        label={t(messages.date)}
        value={event.date}
        onChange={(date) => onChange({ date }, 'date')}
        required
      />
      <Field label={t(messages.status)}>
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
                {t(STATUS_NAMES[status])}
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
        label={t(messages.countries)}
        codes={event.countries}
        onChange={(countries) => onChange({ countries }, 'countries')}
      />
      <TextField
        label={t(messages.categories)}
        value={event.categories.join(', ')}
        onChange={(typed) =>
          onChange({ categories: typed.split(',').map((name) => name.trimStart()) }, 'categories')
        }
        hint={t(messages.categoriesHint)}
      />
      <fieldset className="editor-field">
        <legend>{t(messages.place)}</legend>
        <TextField
          label={t(messages.placeName)}
          value={event.place.name}
          onChange={(name) => onChange({ place: { ...event.place, name } }, 'place')}
        />
        <div className="field-row">
          <TextField
            label={t(messages.latitude)}
            value={event.place.latitude}
            onChange={(latitude) => onChange({ place: { ...event.place, latitude } }, 'place')}
            problem={numberProblem(event.place.latitude, 90)}
          />
          <TextField
            label={t(messages.longitude)}
            value={event.place.longitude}
            onChange={(longitude) => onChange({ place: { ...event.place, longitude } }, 'place')}
            problem={numberProblem(event.place.longitude, 180)}
          />
        </div>
      </fieldset>
      <SourcesField sources={event.sources} onChange={(sources) => onChange({ sources }, 'sources')} />
      <fieldset className="editor-field">
        <legend>{t(messages.media)}</legend>
        <TextField
          label={t(messages.mediaUrl)}
          type="url"
          value={event.media.url}
          onChange={(url) => onChange({ media: { ...event.media, url } }, 'media')}
        />
        <TextField
          label={t(messages.caption)}
          value={event.media.caption}
          onChange={(caption) => onChange({ media: { ...event.media, caption } }, 'media')}
        />
        <TextField
          label={t(messages.credit)}
          value={event.media.credit}
          onChange={(credit) => onChange({ media: { ...event.media, credit } }, 'media')}
        />
      </fieldset>
      <CitesField event={event} documents={documents} onChange={(cites) => onChange({ cites }, 'cites')} />
      <button type="button" className="danger-button" onClick={onRemove}>
        {t(messages.remove)}
      </button>
    </div>
  )
}

function numberProblem(value: string, limit: number): string | null {
  if (!value.trim()) return null
  const number = Number(value)
  return Number.isFinite(number) && Math.abs(number) <= limit ? null : t(messages.numberRange, { limit })
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
      <legend>{t(messages.actors)}</legend>
      {actors.length === 0 && <p className="field-hint">{t(messages.noActors)}</p>}
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
              {actor.name || t(messages.unnamedActor)}
            </label>
          </li>
        ))}
      </ul>
      <div className="field-row">
        <label htmlFor={id} className="visually-hidden">
          {t(messages.newActorName)}
        </label>
        <input
          id={id}
          value={name}
          placeholder={t(messages.newActorName)}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault()
              add()
            }
          }}
        />
        <button type="button" className="icon-button" onClick={add} disabled={!name.trim()}>
          {t(messages.addActor)}
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
      <legend>{t(messages.reports)}</legend>
      {sources.map((source, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, never reordered
        <div className="field-row" key={index}>
          <TextField
            label={t(messages.outlet, { number: index + 1 })}
            value={source.outlet}
            onChange={(outlet) => set(index, { outlet })}
          />
          <TextField
            label={t(messages.address, { number: index + 1 })}
            type="url"
            value={source.url}
            onChange={(url) => set(index, { url })}
          />
          <button
            type="button"
            className="icon-button"
            aria-label={t(messages.removeReport, { number: index + 1 })}
            onClick={() => onChange(sources.filter((_, at) => at !== index))}
          >
            {t(messages.removeButton)}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="icon-button"
        onClick={() => onChange([...sources, { outlet: '', url: '' }])}
      >
        {t(messages.addReport)}
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
    ? t(messages.paragraphsProblem)
    : null
  return (
    <fieldset className="editor-field">
      <legend>{t(messages.whereReported)}</legend>
      {documents.length > 1 && (
        <Field label={t(messages.document)}>
          {(id) => (
            <select
              id={id}
              value={cites.document}
              onChange={(change) => onChange({ ...cites, document: change.target.value })}
            >
              {documents.map((document, index) => (
                <option
                  key={document.id}
                  value={document.id}
                  dir={document.title.trim() ? 'auto' : undefined}
                >
                  {documentName(document, index)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <TextField
        label={t(messages.paragraphs)}
        value={typed}
        problem={problem}
        hint={t(messages.paragraphsHint)}
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
