import { IssueWords } from '../../../components/reasons/row-problem-words'
import { separators } from '../../../i18n/i18n-store'
import { defineMessages } from '../../../i18n/messages'
import { useT } from '../../../i18n/use-t'
import type { Preview } from './preview-events'

const messages = defineMessages({
  heading: { id: 'columns.preview.heading', defaultMessage: 'Preview' },
  leftOut: {
    id: 'columns.preview.leftOut',
    defaultMessage:
      '{count, number} of the first {rows, plural, one {# row} other {# rows}} would be left out:',
  },
  cannotOpen: { id: 'columns.preview.cannotOpen', defaultMessage: 'These columns cannot open the file yet:' },
})

/** The first rows as the events they would open as; or, when they would not open, why. */
export function ColumnsPreview({ preview }: { preview: Preview }) {
  const t = useT()
  return (
    <section className="columns-preview" aria-labelledby="columns-preview-heading">
      <h3 id="columns-preview-heading">{t(messages.heading)}</h3>
      {preview.ok ? (
        <>
          <ol>
            {preview.events.map((event) => (
              <li key={event.key}>
                <span className="preview-date">{event.date}</span>{' '}
                <strong>
                  <bdi>{event.title}</bdi>
                </strong>
                {event.details.length > 0 && (
                  <span className="preview-details">
                    {event.details.map((detail, index) => (
                      // A detail's place in the row is its key: the row's details are fixed.
                      // biome-ignore lint/suspicious/noArrayIndexKey: the details of one row, in order
                      <span key={index}>
                        {index > 0 && ' · '}
                        <bdi>{detail}</bdi>
                      </span>
                    ))}
                  </span>
                )}
              </li>
            ))}
          </ol>
          {preview.leftOut.length > 0 && (
            <p className="preview-left-out">
              {t(messages.leftOut, { count: preview.leftOut.length, rows: preview.rows })}{' '}
              {preview.leftOut[0] && <IssueWords issue={preview.leftOut[0]} />}
              {preview.leftOut.length > 1 ? `${separators().semicolon}…` : '.'}
            </p>
          )}
        </>
      ) : (
        <div className="preview-problems">
          <p>{t(messages.cannotOpen)}</p>
          <ul>
            {preview.problems.slice(0, 3).map((problem) => (
              <li key={`${problem.path}:${problem.expected}`}>
                <IssueWords issue={problem} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
