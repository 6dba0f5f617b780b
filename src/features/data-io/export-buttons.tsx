import { jsonForExport } from '../../dataset/files/json-export'
import { slugify } from '../../dataset/format/slug'
import type { IndexedEvent, Story } from '../../dataset/story-index'
import { download } from '../../lib/download-file'

/** Downloads the events that match the filters, as CSV or as a valid dataset in JSON. */
export function ExportButtons({ story, matching }: { story: Story; matching: IndexedEvent[] }) {
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
        Export CSV
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={() => download(`${base}${suffix}.json`, 'application/json', jsonForExport(story, matching))}
      >
        Export JSON
      </button>
    </div>
  )
}
