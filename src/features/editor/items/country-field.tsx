import { useId, useState } from 'react'
import { countryName } from '../../../dataset/format/country-codes'
import { shownCountryName } from '../../../dataset/format/shown-country-name'
import { readCountry } from '../../../dataset/import/values/read-country'
import { joinItems } from '../../../i18n/i18n-store'
import { defineMessages } from '../../../i18n/messages'
import { useT } from '../../../i18n/use-t'

const messages = defineMessages({
  didYouMean: { id: 'editor.countryDidYouMean', defaultMessage: '“{name}” (did you mean {suggestion}?)' },
  quoted: { id: 'editor.countryQuoted', defaultMessage: '“{name}”' },
  unknown: { id: 'editor.countriesUnknown', defaultMessage: 'Not a country this app knows: {names}.' },
  remove: { id: 'editor.removeCountry', defaultMessage: 'Remove {name}' },
  add: { id: 'editor.addCountry', defaultMessage: 'Add a country' },
  placeholder: { id: 'editor.countryPlaceholder', defaultMessage: 'A country, in any spelling' },
  addButton: { id: 'editor.add', defaultMessage: 'Add' },
  notKnown: { id: 'editor.countryUnknown', defaultMessage: 'Not a country this app knows.' },
  notKnownSuggest: {
    id: 'editor.countryUnknownSuggest',
    defaultMessage: 'Not a country this app knows: did you mean {suggestion}?',
  },
  anySpelling: { id: 'editor.countryAnySpelling', defaultMessage: 'Any spelling: Russia, Rusia, RU' },
  none: { id: 'editor.countryNone', defaultMessage: 'None' },
})

/** A country's name to type over: the page's language's where the reader reads it back, else English's. */
function typedName(code: string): string {
  const shown = shownCountryName(code)
  return readCountry(shown, false).code === code ? shown : countryName(code)
}

/**
 * Countries by name in any spelling or language CLDR knows ("Irak", "Deutschland", "DPRK", "KP"), each
 * added as its ISO code and shown by its English name; a name not known is said, with the nearest one.
 */
export function CountriesField(props: {
  label: string
  codes: readonly string[]
  onChange: (codes: string[]) => void
}) {
  const t = useT()
  const { label, codes, onChange } = props
  const id = useId()
  const [typed, setTyped] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const add = () => {
    const names = typed
      .split(/[,;]/)
      .map((name) => name.trim())
      .filter(Boolean)
    const found: string[] = []
    const unknown: string[] = []
    for (const name of names) {
      const reading = readCountry(name)
      if (reading.code) found.push(reading.code)
      else
        unknown.push(
          reading.suggestion
            ? t(messages.didYouMean, { name, suggestion: reading.suggestion })
            : t(messages.quoted, { name }),
        )
    }
    if (found.length) onChange([...new Set([...codes, ...found])])
    setProblem(unknown.length ? t(messages.unknown, { names: joinItems(unknown) }) : null)
    setTyped(unknown.length ? typed : '')
  }
  return (
    <fieldset className="editor-field chips-field">
      <legend>{label}</legend>
      {codes.length > 0 && (
        <ul className="chips">
          {codes.map((code) => (
            <li key={code}>
              {shownCountryName(code)}
              <button
                type="button"
                className="chip-remove"
                aria-label={t(messages.remove, { name: shownCountryName(code) })}
                onClick={() => onChange(codes.filter((kept) => kept !== code))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field-row">
        <label htmlFor={id} className="visually-hidden">
          {t(messages.add)}
        </label>
        <input
          id={id}
          value={typed}
          placeholder={t(messages.placeholder)}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault()
              add()
            }
          }}
        />
        <button type="button" className="icon-button" onClick={add} disabled={!typed.trim()}>
          {t(messages.addButton)}
        </button>
      </div>
      {problem && (
        <p id={`${id}-problem`} className="field-hint field-problem" role="status">
          {problem}
        </p>
      )}
    </fieldset>
  )
}

/** A country chosen by name (for an actor): its code, or '' for none. */
export function CountryField(props: { label: string; code: string; onChange: (code: string) => void }) {
  const t = useT()
  const { label, code, onChange } = props
  const id = useId()
  const [typed, setTyped] = useState(code ? typedName(code) : '')
  const reading = typed.trim() ? readCountry(typed) : null
  const problem =
    reading && !reading.code
      ? reading.suggestion
        ? t(messages.notKnownSuggest, { suggestion: reading.suggestion })
        : t(messages.notKnown)
      : null
  return (
    <div className="editor-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={typed}
        placeholder={t(messages.anySpelling)}
        aria-describedby={`${id}-hint`}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => {
          setTyped(event.target.value)
          const next = event.target.value.trim() ? readCountry(event.target.value, false).code : ''
          if (next !== null && next !== code) onChange(next)
        }}
      />
      <p id={`${id}-hint`} className={problem ? 'field-hint field-problem' : 'field-hint'}>
        {problem ?? (code ? `${shownCountryName(code)} (${code})` : t(messages.none))}
      </p>
    </div>
  )
}
