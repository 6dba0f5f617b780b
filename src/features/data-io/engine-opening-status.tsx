import { EngineOpenError } from '../../dataset/load/engine/engine-open-error'
import type { EngineProgress } from '../../dataset/load/engine/open-in-engine'
import { isolated } from '../../i18n/isolated'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import type { FileOpening } from './use-open-files'

// The load status of a file opening in the query engine: what it is doing, Cancel, and why it failed
// with what to do. Loaded only for such an opening (load-status.tsx): its words are not on the first view.

const messages = defineMessages({
  starting: { id: 'dataIo.engine.starting', defaultMessage: 'Starting the query engine for {name}…' },
  reading: {
    id: 'dataIo.engine.reading',
    defaultMessage: 'The query engine is reading {name} ({megabytes, number} MB)…',
  },
  readingRows: {
    id: 'dataIo.engine.readingRows',
    defaultMessage:
      'The query engine is reading {name}: {read, number} of {total, plural, one {# row} other {# rows}}',
  },
  layout: {
    id: 'dataIo.engine.layout',
    defaultMessage: 'The query engine is laying out the events of {name}…',
  },
  progress: { id: 'dataIo.engine.progress', defaultMessage: 'Opening {name} in the query engine' },
  cancel: { id: 'dataIo.engine.cancel', defaultMessage: 'Cancel' },
  notOpened: { id: 'dataIo.engine.notOpened', defaultMessage: '{name} did not open' },
  notAcled: {
    id: 'dataIo.engine.notAcled',
    defaultMessage:
      'Its columns are not an ACLED export’s (event_id_cnty, event_date…): the query engine reads only those from Parquet. Export it as a CSV and open that: the mapping step lets you choose its columns.',
  },
  badParquet: {
    id: 'dataIo.engine.badParquet',
    defaultMessage:
      'It could not be read as Parquet: it may be cut off or damaged. Download or export it again, then open the new file.',
  },
  badCsv: {
    id: 'dataIo.engine.badCsv',
    defaultMessage:
      'The query engine could not read it as a CSV file. Check that it is the export as downloaded (one header row, then rows separated by commas or tabs).',
  },
  outOfMemory: {
    id: 'dataIo.engine.outOfMemory',
    defaultMessage:
      'The query engine ran out of memory reading it. Close other tabs and try again, or open part of the file (fewer years or countries).',
  },
  noEvents: {
    id: 'dataIo.engine.noEvents',
    defaultMessage: 'It was read but holds no event: check that it has rows under its header.',
  },
  said: { id: 'dataIo.engine.said', defaultMessage: 'What the engine said' },
  stillOpen: { id: 'dataIo.engine.stillOpen', defaultMessage: 'The story that was open is still open.' },
  dismiss: { id: 'dataIo.engine.dismiss', defaultMessage: 'Dismiss' },
})

const MEGABYTE = 1_000_000

/**
 * Progress while the engine opens a file, picked or linked, with Cancel (which ends the engine's
 * worker): the same stages either way.
 */
export function EngineOpeningProgress({
  fileName,
  progress,
  onCancel,
}: {
  fileName: string
  progress: EngineProgress
  onCancel: () => void
}) {
  const t = useT()
  // A file's name in a line of words: isolated, so an Arabic line keeps "acled-1m.csv" whole.
  const name = isolated(fileName)
  const label =
    progress.stage === 'engine-starting'
      ? t(messages.starting, { name })
      : progress.stage === 'engine-layout'
        ? t(messages.layout, { name })
        : progress.rows
          ? t(messages.readingRows, { name, read: progress.rows.read, total: progress.rows.total })
          : t(messages.reading, { name, megabytes: Math.max(1, Math.round(progress.bytes / MEGABYTE)) })
  // Only Parquet says how far through its rows it is; the other stages' length is not known.
  const rows = progress.stage === 'engine-reading' ? progress.rows : null
  return (
    <div className="load-status" role="status">
      <span>{label}</span>
      {rows ? (
        <progress max={rows.total} value={rows.read} aria-label={t(messages.progress, { name })} />
      ) : (
        <progress aria-label={t(messages.progress, { name })} />
      )}
      <button type="button" className="icon-button" onClick={onCancel}>
        {t(messages.cancel)}
      </button>
    </div>
  )
}

/** Why the engine did not open the file, what to do, and its own words; the story before stays open. */
export function EngineOpeningFailed({ opening, error }: { opening: FileOpening; error: Error }) {
  const t = useT()
  const problem = error instanceof EngineOpenError ? error : null
  return (
    <div className="load-failed" role="alert">
      <h2 className="load-failed-title">
        {t(messages.notOpened, { name: isolated(problem?.fileName ?? opening.name ?? '') })}
      </h2>
      <p>{t(messages[problem?.problem ?? 'badCsv'])}</p>
      {(problem?.detail ?? error.message) && (
        <details>
          <summary>{t(messages.said)}</summary>
          {/* The engine's words, in English, as text: they may quote the file. */}
          <p dir="ltr" lang="en">
            {problem?.detail ?? error.message}
          </p>
        </details>
      )}
      <p>{t(messages.stillOpen)}</p>
      <button type="button" className="link-button" onClick={opening.dismiss}>
        {t(messages.dismiss)}
      </button>
    </div>
  )
}
