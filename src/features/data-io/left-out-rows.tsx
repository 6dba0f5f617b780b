import './data-io.css'
import { slugify } from '../../dataset/format/slug'
import type { Story } from '../../dataset/story-index'
import { download } from '../../lib/download-file'
import { formatCount } from '../../lib/format-count'

type LeftOutRowsProps = {
  story: Story
  /** Goes back to the story that was open before this file; null when the story is not a file opened here. */
  onDecline: (() => void) | null
}

/**
 * When a file opened with some of its rows left out (see dataset/import/keep-good-rows.ts): the list
 * to download, each row with its place, its problem and what it held, and a way to decline the file.
 */
export function LeftOutRows({ story, onDecline }: LeftOutRowsProps) {
  const count = story.leftOut.length
  if (count === 0) return null
  return (
    <section className="left-out-rows" aria-label="Rows left out">
      <p>
        {count === 1 ? 'One row' : `${formatCount(count)} rows`} of this file {count === 1 ? 'was' : 'were'}{' '}
        left out; the rest opened.
      </p>
      <div className="button-row">
        <button
          type="button"
          className="icon-button"
          onClick={async () => {
            // papaparse's writer (with its formula guard) loads only when asked for.
            const { problemsToCsv } = await import('../../dataset/files/csv-export')
            download(
              `${slugify(story.dataset.title, 'story')}-left-out.csv`,
              'text/csv',
              problemsToCsv(story.leftOut),
            )
          }}
        >
          Download the list (CSV)
        </button>
        {onDecline && (
          <button type="button" className="icon-button" onClick={onDecline}>
            Don’t open this file
          </button>
        )}
      </div>
    </section>
  )
}
