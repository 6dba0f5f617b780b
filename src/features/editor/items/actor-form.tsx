import { actorKinds } from '../../../dataset/format/format-constants'
import { t } from '../../../i18n/i18n-store'
import { defineMessages, type MessageDescriptor } from '../../../i18n/messages'
import { useT } from '../../../i18n/use-t'
import type { DraftActor } from '../model/story-draft'
import { CountryField } from './country-field'
import { Field, TextField } from './field'

const messages = defineMessages({
  person: { id: 'editor.kind.person', defaultMessage: 'Person' },
  organization: { id: 'editor.kind.organization', defaultMessage: 'Organisation' },
  country: { id: 'editor.kind.country', defaultMessage: 'Country (its government)' },
  name: { id: 'editor.actorName', defaultMessage: 'Name' },
  kind: { id: 'editor.actorKind', defaultMessage: 'Kind' },
  whichCountry: { id: 'editor.whichCountry', defaultMessage: 'Which country' },
  countryLabel: { id: 'editor.country', defaultMessage: 'Country' },
  role: { id: 'editor.role', defaultMessage: 'Role' },
  roleHint: {
    id: 'editor.roleHint',
    defaultMessage: 'As the source gives it: “US Department of State Deputy Spokesperson”.',
  },
  remove: { id: 'editor.deleteActor', defaultMessage: 'Delete actor' },
})

const KIND_NAMES: Record<DraftActor['kind'], MessageDescriptor> = {
  person: messages.person,
  organization: messages.organization,
  country: messages.country,
}

/** A kind of actor in words, in the page's language. */
export function actorKindName(kind: DraftActor['kind']): string {
  return t(KIND_NAMES[kind])
}

/** An actor's name as the source gives it, its kind, its country and its role in the source's words. */
export function ActorForm(props: {
  actor: DraftActor
  onChange: (patch: Partial<Omit<DraftActor, 'id'>>, field: string) => void
  onRemove: () => void
}) {
  useT()
  const { actor, onChange, onRemove } = props
  return (
    <div className="item-form">
      <TextField
        label={t(messages.name)}
        value={actor.name}
        onChange={(name) => onChange({ name }, 'name')}
      />
      <Field label={t(messages.kind)}>
        {(id) => (
          <select
            id={id}
            value={actor.kind}
            onChange={(event) => {
              const kind = actorKinds.find((known) => known === event.target.value)
              if (kind) onChange({ kind }, 'kind')
            }}
          >
            {actorKinds.map((kind) => (
              <option key={kind} value={kind}>
                {actorKindName(kind)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <CountryField
        key={actor.id}
        label={actor.kind === 'country' ? t(messages.whichCountry) : t(messages.countryLabel)}
        code={actor.country}
        onChange={(country) => onChange({ country }, 'country')}
      />
      <TextField
        label={t(messages.role)}
        value={actor.role}
        onChange={(role) => onChange({ role }, 'role')}
        hint={t(messages.roleHint)}
      />
      <button type="button" className="danger-button" onClick={onRemove}>
        {t(messages.remove)}
      </button>
    </div>
  )
}
