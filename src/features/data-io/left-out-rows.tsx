import './data-io.css'
import { slugify } from '../../dataset/format/slug'
import type { Story } from '../../dataset/story-index'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import { download } from '../../lib/download-file'

const messages = defineMessages({
  label: { id: 'dataIo.leftOutLabel', defaultMessage: 'Rows left out' },
  leftOut: {
    id: 'dataIo.leftOut',
    defaultMessage:
      '{count, plural, one {One row of this file was} other {# rows of this file were}} left out; the rest opened.',
  },
  download: { id: 'dataIo.downloadLeftOut', defaultMessage: 'Download the list (CSV)' },
  decline: { id: 'dataIo.decline', defaultMessage: 'Don’t open this file' },
})

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
  const t = useT()
  const count = story.leftOut.length
  if (count === 0) return null
  return (
    <section className="left-out-rows" aria-label={t(messages.label)}>
      <p>{t(messages.leftOut, { count })}</p>
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
          {t(messages.download)}
        </button>
        {onDecline && (
          <button type="button" className="icon-button" onClick={onDecline}>
            {t(messages.decline)}
          </button>
        )}
      </div>
    </section>
  )
}
