import { type ReactNode, useId } from 'react'

/** A labelled form field: its label, the control (given the id to use), and a hint or problem below. */
export function Field(props: {
  label: string
  children: (id: string, describedBy: string | undefined) => ReactNode
  hint?: ReactNode
  problem?: string | null
}) {
  const id = useId()
  const hintId = `${id}-hint`
  const { label, children, hint, problem } = props
  const described = hint || problem ? hintId : undefined
  return (
    <div className="editor-field">
      <label htmlFor={id}>{label}</label>
      {children(id, described)}
      {(hint || problem) && (
        <p id={hintId} className={problem ? 'field-hint field-problem' : 'field-hint'}>
          {problem ?? hint}
        </p>
      )}
    </div>
  )
}

/** A one-line text field bound to a value; every keystroke is a change (the history groups them). */
export function TextField(props: {
  label: string
  value: string
  onChange: (value: string) => void
  hint?: ReactNode
  problem?: string | null
  type?: 'text' | 'url'
  placeholder?: string
  /**
   * The text's own direction: the story's words in any script as they run (auto), an address or a
   * date's EDTF always left to right (in an Arabic page, "[..2023-08-15]" had read as "2023-08-15..]").
   */
  dir?: 'auto' | 'ltr'
}) {
  const { label, value, onChange, hint, problem, type = 'text', placeholder } = props
  const dir = props.dir ?? (type === 'url' ? 'ltr' : 'auto')
  return (
    <Field label={label} hint={hint} problem={problem ?? null}>
      {(id, describedBy) => (
        <input
          id={id}
          type={type}
          dir={dir}
          value={value}
          placeholder={placeholder}
          aria-describedby={describedBy}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  )
}

export function TextArea(props: {
  label: string
  value: string
  onChange: (value: string) => void
  rows?: number
  hint?: ReactNode
}) {
  const { label, value, onChange, rows = 3, hint } = props
  return (
    <Field label={label} hint={hint}>
      {(id, describedBy) => (
        <textarea
          id={id}
          dir="auto"
          value={value}
          rows={rows}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  )
}
