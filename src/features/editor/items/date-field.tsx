import { parseEdtf } from '../../../dataset/dates/parse-edtf'
import { TextField } from './field'

/**
 * An EDTF date, as precise as the source allows, with what it means in words as it is typed: "2023-08"
 * is "August 2023", "[..2023-08-15]" is "on or before 15 August 2023"; or what is wrong with it.
 */
export function DateField(props: {
  label: string
  value: string
  onChange: (value: string) => void
  required?: boolean
}) {
  const { label, value, onChange, required = false } = props
  const trimmed = value.trim()
  const read = trimmed ? parseEdtf(trimmed) : null
  const hint = read?.ok ? (
    <>
      Means: <strong>{read.date.label}</strong>
    </>
  ) : (
    'As precise as the source allows: 2023-08-15, 2023-07, 2022, 1910/1945, [..2023-08-15] (on or before), 2023-08-15? (uncertain), 1945~ (about)'
  )
  const problem =
    read && !read.ok
      ? `Not a date the format reads: ${read.reason}`
      : required && !trimmed
        ? 'A date is needed.'
        : null
  return (
    <TextField
      label={label}
      value={value}
      onChange={onChange}
      hint={hint}
      problem={problem}
      placeholder="2023-08-15"
    />
  )
}
