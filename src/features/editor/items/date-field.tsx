import { localDateLabel } from '../../../components/local-date-label'
import { edtfProblemWords } from '../../../components/reasons/edtf-problem-words'
import { parseEdtf } from '../../../dataset/dates/parse-edtf'
import { defineMessages } from '../../../i18n/messages'
import { richText } from '../../../i18n/rich-text'
import { useT } from '../../../i18n/use-t'
import { TextField } from './field'

const messages = defineMessages({
  means: { id: 'editor.dateMeans', defaultMessage: 'Means: <b>{date}</b>' },
  hint: {
    id: 'editor.dateHint',
    defaultMessage:
      'As precise as the source allows: 2023-08-15, 2023-07, 2022, 1910/1945, [..2023-08-15] (on or before), 2023-08-15? (uncertain), 1945~ (about)',
  },
  notADate: { id: 'editor.dateProblem', defaultMessage: 'Not a date the format reads: {reason}' },
  needed: { id: 'editor.dateNeeded', defaultMessage: 'A date is needed.' },
})

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
  const t = useT()
  const { label, value, onChange, required = false } = props
  const trimmed = value.trim()
  const read = trimmed ? parseEdtf(trimmed) : null
  const hint = read?.ok
    ? richText(messages.means, { date: localDateLabel(read.date), b: (chunks) => <strong>{chunks}</strong> })
    : t(messages.hint)
  const problem =
    read && !read.ok
      ? t(messages.notADate, { reason: edtfProblemWords(read.reason) })
      : required && !trimmed
        ? t(messages.needed)
        : null
  return (
    <TextField
      label={label}
      value={value}
      onChange={onChange}
      hint={hint}
      problem={problem}
      placeholder="2023-08-15"
      dir="ltr"
    />
  )
}
