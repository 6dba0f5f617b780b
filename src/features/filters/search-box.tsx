import { useId } from 'react'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'

const messages = defineMessages({
  label: { id: 'filters.search', defaultMessage: 'Search events and quotes' },
  placeholder: { id: 'filters.searchPlaceholder', defaultMessage: 'e.g. missiles, Camp David' },
})

/** Full-text search over titles, summaries and quotes. Every keystroke updates the shared view. */
export function SearchBox({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const t = useT()
  const id = useId()
  return (
    <div className="search-box">
      <label htmlFor={id}>{t(messages.label)}</label>
      <input
        id={id}
        type="search"
        value={value}
        placeholder={t(messages.placeholder)}
        maxLength={200}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          // Escape in the box clears the search, not the selection.
          if (event.key === 'Escape' && value) {
            event.stopPropagation()
            onChange('')
          }
        }}
      />
    </div>
  )
}
