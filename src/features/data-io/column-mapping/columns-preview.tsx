import { formatCount } from '../../../lib/format-count'
import type { Preview } from './preview-events'

/** The first rows as the events they would open as; or, when they would not open, why. */
export function ColumnsPreview({ preview }: { preview: Preview }) {
  return (
    <section className="columns-preview" aria-labelledby="columns-preview-heading">
      <h3 id="columns-preview-heading">Preview</h3>
      {preview.ok ? (
        <>
          <ol>
            {preview.events.map((event) => (
              <li key={event.key}>
                <span className="preview-date">{event.date}</span> <strong>{event.title}</strong>
                {event.details.length > 0 && (
                  <span className="preview-details">{event.details.join(' · ')}</span>
                )}
              </li>
            ))}
          </ol>
          {preview.leftOut.length > 0 && (
            <p className="preview-left-out">
              {formatCount(preview.leftOut.length)} of the first {formatCount(preview.rows)} rows would be
              left out: {problemText(preview.leftOut[0])}
              {preview.leftOut.length > 1 ? '; …' : '.'}
            </p>
          )}
        </>
      ) : (
        <div className="preview-problems">
          <p>These columns cannot open the file yet:</p>
          <ul>
            {preview.problems.slice(0, 3).map((problem) => (
              <li key={`${problem.path}:${problem.expected}`}>{problemText(problem)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}

function problemText(problem: { path: string; expected: string; found: string } | undefined): string {
  return problem ? `${problem.path}: expected ${problem.expected}, found ${problem.found}` : ''
}
