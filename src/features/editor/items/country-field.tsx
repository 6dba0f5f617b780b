import { useId, useState } from 'react'
import { countryName } from '../../../dataset/format/country-codes'
import { readCountry } from '../../../dataset/import/values/read-country'

/**
 * Countries by name in any spelling or language CLDR knows ("Irak", "Deutschland", "DPRK", "KP"), each
 * added as its ISO code and shown by its English name; a name not known is said, with the nearest one.
 */
export function CountriesField(props: {
  label: string
  codes: readonly string[]
  onChange: (codes: string[]) => void
}) {
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
      else unknown.push(reading.suggestion ? `“${name}” (did you mean ${reading.suggestion}?)` : `“${name}”`)
    }
    if (found.length) onChange([...new Set([...codes, ...found])])
    setProblem(unknown.length ? `Not a country this app knows: ${unknown.join(', ')}.` : null)
    setTyped(unknown.length ? typed : '')
  }
  return (
    <fieldset className="editor-field chips-field">
      <legend>{label}</legend>
      {codes.length > 0 && (
        <ul className="chips">
          {codes.map((code) => (
            <li key={code}>
              {countryName(code)}
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${countryName(code)}`}
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
          Add a country
        </label>
        <input
          id={id}
          value={typed}
          placeholder="A country, in any spelling"
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
          Add
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
  const { label, code, onChange } = props
  const id = useId()
  const [typed, setTyped] = useState(code ? countryName(code) : '')
  const reading = typed.trim() ? readCountry(typed) : null
  const problem =
    reading && !reading.code
      ? `Not a country this app knows${reading.suggestion ? `: did you mean ${reading.suggestion}?` : '.'}`
      : null
  return (
    <div className="editor-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={typed}
        placeholder="Any spelling: Russia, Rusia, RU"
        aria-describedby={`${id}-hint`}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => {
          setTyped(event.target.value)
          const next = event.target.value.trim() ? readCountry(event.target.value, false).code : ''
          if (next !== null && next !== code) onChange(next)
        }}
      />
      <p id={`${id}-hint`} className={problem ? 'field-hint field-problem' : 'field-hint'}>
        {problem ?? (code ? `${countryName(code)} (${code})` : 'None')}
      </p>
    </div>
  )
}
