import { jsonForExport } from '../../dataset/files/json-export'
import { slugify } from '../../dataset/format/slug'
import type { IndexedEvent, Story } from '../../dataset/story-index'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import { download } from '../../lib/download-file'

const messages = defineMessages({
  csv: { id: 'dataIo.exportCsv', defaultMessage: 'Export CSV' },
  json: { id: 'dataIo.exportJson', defaultMessage: 'Export JSON' },
})

/** Downloads the events that match the filters, as CSV or as a valid dataset in JSON. */
export function ExportButtons({ story, matching }: { story: Story; matching: IndexedEvent[] }) {
  const t = useT()
  const base = slugify(story.dataset.title, 'story')
  const suffix = matching.length === story.events.length ? '' : `-${matching.length}-events`
  return (
    <div className="button-row export-buttons">
      <button
        type="button"
        className="icon-button"
        onClick={async () => {
          // The CSV writer (with papaparse) loads on first use: the first view does not need it.
          const { eventsToCsv } = await import('../../dataset/files/csv-export')
          download(`${base}${suffix}.csv`, 'text/csv', eventsToCsv(story, matching))
        }}
      >
        {t(messages.csv)}
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={() => download(`${base}${suffix}.json`, 'application/json', jsonForExport(story, matching))}
      >
        {t(messages.json)}
      </button>
    </div>
  )
}
