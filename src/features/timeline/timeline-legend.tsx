import type { ReactNode } from 'react'
import { statusLabel } from '../../components/status-badge'
import { formatLocalNumber } from '../../i18n/i18n-store'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'

const messages = defineMessages({
  byStatus: { id: 'timeline.legend.byStatus', defaultMessage: 'Show events by status' },
  legend: { id: 'timeline.legend.label', defaultMessage: 'Legend' },
  range: { id: 'timeline.legend.range', defaultMessage: 'Month, year or period: drawn over the whole span' },
  uncertain: { id: 'timeline.legend.uncertain', defaultMessage: 'Uncertain or “on or before”' },
})

const STATUSES = ['occurred', 'scheduled', 'alleged'] as const

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
  const t = useT()
  return (
    <div className="timeline-legend">
      <fieldset className="legend-statuses">
        <legend className="visually-hidden">{t(messages.byStatus)}</legend>
        {STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            className="legend-chip"
            aria-pressed={chosen.includes(status)}
            onClick={() => onToggle(status)}
          >
            <span className={`legend-swatch legend-${status}`} aria-hidden="true" /> {statusLabel(status)}{' '}
            <span className="legend-count">{formatLocalNumber(counts.get(status) ?? 0)}</span>
          </button>
        ))}
      </fieldset>
      {children}
      <ul className="legend-marks" aria-label={t(messages.legend)}>
        <li>
          <span className="legend-swatch legend-range" aria-hidden="true" /> {t(messages.range)}
        </li>
        <li>
          <span className="legend-swatch legend-uncertain" aria-hidden="true" /> {t(messages.uncertain)}
        </li>
      </ul>
    </div>
  )
}
