import { actorKinds } from '../../../dataset/format/format-constants'
import type { DraftActor } from '../model/story-draft'
import { CountryField } from './country-field'
import { Field, TextField } from './field'

const KIND_NAMES: Record<DraftActor['kind'], string> = {
  person: 'Person',
  organization: 'Organisation',
  country: 'Country (its government)',
}

/** An actor's name as the source gives it, its kind, its country and its role in the source's words. */
export function ActorForm(props: {
  actor: DraftActor
  onChange: (patch: Partial<Omit<DraftActor, 'id'>>, field: string) => void
  onRemove: () => void
}) {
  const { actor, onChange, onRemove } = props
  return (
    <div className="item-form">
      <TextField label="Name" value={actor.name} onChange={(name) => onChange({ name }, 'name')} />
      <Field label="Kind">
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
                {KIND_NAMES[kind]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <CountryField
        key={actor.id}
        label={actor.kind === 'country' ? 'Which country' : 'Country'}
        code={actor.country}
        onChange={(country) => onChange({ country }, 'country')}
      />
      <TextField
        label="Role"
        value={actor.role}
        onChange={(role) => onChange({ role }, 'role')}
        hint="As the source gives it: “US Department of State Deputy Spokesperson”."
      />
      <button type="button" className="danger-button" onClick={onRemove}>
        Delete actor
      </button>
    </div>
  )
}
