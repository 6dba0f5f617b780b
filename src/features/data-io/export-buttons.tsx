import { useState } from 'react'
import { EngineProblem } from '../../components/engine-problem/engine-problem'
import { jsonForExport } from '../../dataset/files/json-export'
import { slugify } from '../../dataset/format/slug'
import type { IndexedEvent, Story } from '../../dataset/story-index'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import { download } from '../../lib/download-file'
import { useAnswerSource } from '../../state/query/answer-source'
import { allMatchingEvents } from '../../state/query/matching-pages'
import type { ActiveFilters } from '../../state/view-state'

const messages = defineMessages({
  csv: { id: 'dataIo.exportCsv', defaultMessage: 'Export CSV' },
  json: { id: 'dataIo.exportJson', defaultMessage: 'Export JSON' },
})

/**
 * Downloads the events that match the filters, as CSV or as a valid dataset in JSON: asked of the
 * story's answerer page by page (state/query/matching-pages.ts) when a button is pressed. The files
 * are written from the story's own events, found by the answers' ids (their quotes, sources, actors).
 */
export function ExportButtons({
  story,
  filters,
  matchingCount,
}: {
  story: Story
  filters: ActiveFilters
  /** The matching events' count, for the file's name; undefined while an engine counts. */
  matchingCount: number | undefined
}) {
  const t = useT()
  const source = useAnswerSource()
  const [problem, setProblem] = useState<Error | null>(null)
  const [exporting, setExporting] = useState(false)
  const base = slugify(story.dataset.title, 'story')
  const suffix =
    matchingCount === undefined || matchingCount === story.events.length ? '' : `-${matchingCount}-events`

  const exportAs = async (write: (events: IndexedEvent[]) => Promise<[string, string, string]>) => {
    setProblem(null)
    setExporting(true)
    try {
      const rows = await allMatchingEvents(source, filters)
      const events = rows.flatMap((row) => story.eventsById.get(row.id) ?? [])
      download(...(await write(events)))
    } catch (error) {
      setProblem(error instanceof Error ? error : new Error(String(error)))
    } finally {
      setExporting(false)
    }
  }
  const exportCsv = () =>
    exportAs(async (events) => {
      // The CSV writer (with papaparse) loads on first use: the first view does not need it.
      const { eventsToCsv } = await import('../../dataset/files/csv-export')
      return [`${base}${suffix}.csv`, 'text/csv', eventsToCsv(story, events)]
    })
  const exportJson = () =>
    exportAs(async (events) => [`${base}${suffix}.json`, 'application/json', jsonForExport(story, events)])

  return (
    <>
      <div className="button-row export-buttons" aria-busy={exporting}>
        <button type="button" className="icon-button" onClick={exportCsv} disabled={exporting}>
          {t(messages.csv)}
        </button>
        <button type="button" className="icon-button" onClick={exportJson} disabled={exporting}>
          {t(messages.json)}
        </button>
      </div>
      <EngineProblem error={problem} />
    </>
  )
}
