import { useId, useRef } from 'react'

/** Opens a JSON dataset, or an events CSV with an optional quotes CSV, from the reader's disk. */
export function OpenDatasetButton({
  onFiles,
  disabled,
}: {
  onFiles: (files: File[]) => void
  disabled: boolean
}) {
  const inputRef = useRef<HTMLInputElement>(null)
  const id = useId()
  return (
    <>
      <input
        ref={inputRef}
        id={id}
        className="visually-hidden"
        type="file"
        accept=".json,.csv,application/json,text/csv"
        multiple
        tabIndex={-1}
        aria-label="Dataset file"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])]
          event.target.value = ''
          if (files.length) onFiles(files)
        }}
      />
      <button
        type="button"
        className="icon-button"
        disabled={disabled}
        onClick={() => inputRef.current?.click()}
      >
        Open dataset…
      </button>
    </>
  )
}
