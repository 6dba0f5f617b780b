import { useId } from 'react'

/** Full-text search over titles, summaries and quotes. Every keystroke updates the shared view. */
export function SearchBox({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const id = useId()
  return (
    <div className="search-box">
      <label htmlFor={id}>Search events and quotes</label>
      <input
        id={id}
        type="search"
        value={value}
        placeholder="e.g. missiles, Camp David"
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
