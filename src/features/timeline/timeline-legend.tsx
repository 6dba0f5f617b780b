import type { ReactNode } from 'react'
import { formatCount } from '../../lib/format-count'

const STATUSES = [
  { status: 'occurred', label: 'Occurred' },
  { status: 'scheduled', label: 'Scheduled' },
  { status: 'alleged', label: 'Alleged' },
] as const

type TimelineLegendProps = {
  /** The statuses the filter shows (none: all). */
  chosen: readonly string[]
  /** How many events each status would match, given the other filters. */
  counts: ReadonlyMap<string, number>
  onToggle: (status: string) => void
  /** Controls beside the status chips (the lane picker, the image downloads). */
  children?: ReactNode
}

/**
 * How to read the timeline: status (each a button that filters by it, with its count) and date
 * precision.
 */
export function TimelineLegend({ chosen, counts, onToggle, children }: TimelineLegendProps) {
  return (
    <div className="timeline-legend">
      <fieldset className="legend-statuses">
        <legend className="visually-hidden">Show events by status</legend>
        {STATUSES.map(({ status, label }) => (
          <button
            key={status}
            type="button"
            className="legend-chip"
            aria-pressed={chosen.includes(status)}
            onClick={() => onToggle(status)}
          >
            <span className={`legend-swatch legend-${status}`} aria-hidden="true" /> {label}{' '}
            <span className="legend-count">{formatCount(counts.get(status) ?? 0)}</span>
          </button>
        ))}
      </fieldset>
      {children}
      <ul className="legend-marks" aria-label="Legend">
        <li>
          <span className="legend-swatch legend-range" aria-hidden="true" /> Month, year or period: drawn over
          the whole span
        </li>
        <li>
          <span className="legend-swatch legend-uncertain" aria-hidden="true" /> Uncertain or “on or before”
        </li>
      </ul>
    </div>
  )
}
