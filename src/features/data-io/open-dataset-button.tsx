import { useEffect, useId, useRef } from 'react'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import { coolEngineForFile, warmEngineForFile } from './engine-routing'
import { prepareToOpenFiles } from './prepare-to-open'

const messages = defineMessages({
  file: { id: 'dataIo.datasetFile', defaultMessage: 'Dataset file' },
  hint: {
    id: 'dataIo.openHint',
    defaultMessage: 'Or drop files on the page, or paste rows copied from a spreadsheet',
  },
  open: { id: 'dataIo.open', defaultMessage: 'Open dataset…' },
})

/** Opens a dataset from the reader’s disk: JSON, a CSV or TSV (with an optional quotes CSV), a workbook. */
export function OpenDatasetButton({
  onFiles,
  disabled,
}: {
  onFiles: (files: File[]) => void
  disabled: boolean
}) {
  const t = useT()
  const inputRef = useRef<HTMLInputElement>(null)
  const id = useId()
  // The chooser closed with no file: an engine started when the button was pressed is stopped.
  useEffect(() => {
    const input = inputRef.current
    input?.addEventListener('cancel', coolEngineForFile)
    return () => input?.removeEventListener('cancel', coolEngineForFile)
  }, [])
  return (
    <>
      <input
        ref={inputRef}
        id={id}
        className="visually-hidden"
        type="file"
        accept=".json,.csv,.tsv,.txt,.xlsx,.xls,.ods,.geojson,.ics,.ical,.jsonl,.ndjson,.srj,.kml,.gpx,application/json,text/csv,text/tab-separated-values,application/geo+json,text/calendar,application/x-ndjson,application/sparql-results+json,application/vnd.google-earth.kml+xml,application/gpx+xml"
        multiple
        tabIndex={-1}
        aria-label={t(messages.file)}
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
        title={t(messages.hint)}
        onPointerEnter={prepareToOpenFiles}
        onFocus={prepareToOpenFiles}
        onClick={() => {
          prepareToOpenFiles()
          // A large file opens in the query engine: it starts now, while the person chooses the file
          // (stopped again if the file is small or none is chosen).
          warmEngineForFile()
          inputRef.current?.click()
        }}
      >
        {t(messages.open)}
      </button>
    </>
  )
}
