import { useEffect, useRef, useState } from 'react'
import { EngineProblem } from '../../components/engine-problem/engine-problem'
import { slugify } from '../../dataset/format/slug'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import { downloadBlob } from '../../lib/download-file'
import './data-io.css'
import { useAnswerSource } from '../../state/query/answer-source'
import type { ActiveFilters } from '../../state/view-state'
import {
  type ExportFormat,
  type ExportProgress,
  exportMatchingEvents,
  MOST_EXPORTED,
  TooManyToExport,
} from './engine-export'

const messages = defineMessages({
  csv: { id: 'dataIo.exportCsv', defaultMessage: 'Export CSV' },
  json: { id: 'dataIo.exportJson', defaultMessage: 'Export JSON' },
  exporting: {
    id: 'dataIo.engineExport.exporting',
    defaultMessage:
      'Exporting the matching events: {written, number} of {total, plural, one {# event} other {# events}}…',
  },
  starting: {
    id: 'dataIo.engineExport.starting',
    defaultMessage: 'Asking the query engine for the matching events…',
  },
  progress: { id: 'dataIo.engineExport.progress', defaultMessage: 'Export of the matching events' },
  cancel: { id: 'dataIo.engineExport.cancel', defaultMessage: 'Cancel' },
  tooMany: {
    id: 'dataIo.engineExport.tooMany',
    defaultMessage:
      '{matching, plural, one {# event matches} other {# events match}}: a browser tab exports at most {most, number}. Narrow them with the filters (a country, a category, a stretch of time) to export them.',
  },
  lacking: {
    id: 'dataIo.engineExport.lacking',
    defaultMessage:
      'The query engine gives each event’s date, title, status, actors, countries, categories and coordinates: summaries and quotes are not in the file, and actors and categories are named by their ids.',
  },
})

type Exporting = { progress: ExportProgress | null; controller: AbortController }

/**
 * Export of a story an engine holds: its matching events as CSV or JSON, asked of the engine page by
 * page and written out as they come (engine-export.ts), with progress and Cancel. Past MOST_EXPORTED
 * matching events the buttons are not offered, and the reader is told to narrow them.
 */
export function EngineExportButtons({
  filters,
  matchingCount,
  title,
  sourceTitle,
}: {
  filters: ActiveFilters
  /** The matching events' count: undefined while the engine counts. */
  matchingCount: number | undefined
  title: string
  sourceTitle: string
}) {
  const t = useT()
  const source = useAnswerSource()
  const [problem, setProblem] = useState<Error | null>(null)
  const [exporting, setExporting] = useState<Exporting | null>(null)
  // Too many, as the engine counted them under the filters of the export asked: other filters, other count.
  const [tooMany, setTooMany] = useState<{ matching: number; filters: ActiveFilters } | null>(null)
  const current = useRef<AbortController | null>(null)
  // Leaving the page (or the story) stops an export under way.
  useEffect(() => () => current.current?.abort(), [])
  const over =
    matchingCount !== undefined && matchingCount > MOST_EXPORTED
      ? matchingCount
      : tooMany?.filters === filters
        ? tooMany.matching
        : null

  const exportAs = async (format: ExportFormat) => {
    const controller = new AbortController()
    current.current = controller
    setProblem(null)
    setTooMany(null)
    setExporting({ progress: null, controller })
    try {
      const file = await exportMatchingEvents({
        source,
        filters,
        format,
        title,
        sourceTitle,
        signal: controller.signal,
        onProgress: (progress) => setExporting({ progress, controller }),
      })
      const name = `${slugify(title, 'story')}-${file.count}-events.${format}`
      downloadBlob(name, new Blob(file.parts, { type: `${file.type};charset=utf-8` }))
    } catch (error) {
      if (error instanceof TooManyToExport) setTooMany({ matching: error.matching, filters })
      else if (!controller.signal.aborted)
        setProblem(error instanceof Error ? error : new Error(String(error)))
    } finally {
      if (current.current === controller) current.current = null
      setExporting(null)
    }
  }

  return (
    <>
      <div className="button-row export-buttons" aria-busy={exporting !== null}>
        <button
          type="button"
          className="icon-button"
          onClick={() => exportAs('csv')}
          disabled={exporting !== null || over !== null}
        >
          {t(messages.csv)}
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => exportAs('json')}
          disabled={exporting !== null || over !== null}
        >
          {t(messages.json)}
        </button>
      </div>
      {over !== null && (
        // A status, so that the reader who pressed Export hears why nothing came.
        <p className="export-note" role="status">
          {t(messages.tooMany, { matching: over, most: MOST_EXPORTED })}
        </p>
      )}
      {exporting && (
        <div className="load-status export-status">
          {/* Only the progress line is announced (at each page): not the Cancel button and the note. */}
          <span role="status">
            {exporting.progress ? t(messages.exporting, exporting.progress) : t(messages.starting)}
          </span>
          <progress
            aria-label={t(messages.progress)}
            max={exporting.progress?.total || undefined}
            value={exporting.progress?.written}
          />
          <button type="button" className="icon-button" onClick={() => exporting.controller.abort()}>
            {t(messages.cancel)}
          </button>
          <p className="export-note">{t(messages.lacking)}</p>
        </div>
      )}
      <EngineProblem error={problem} />
    </>
  )
}
