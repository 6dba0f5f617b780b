import type { EventStatus } from '../dataset/format/schema'

/** Each status in words, as the badge, the legend and the printout say it. */
export const STATUS_LABELS: Record<EventStatus, string> = {
  occurred: 'Occurred',
  scheduled: 'Scheduled',
  alleged: 'Alleged',
}

export function StatusBadge({ status }: { status: EventStatus }) {
  return <span className={`status-badge status-${status}`}>{STATUS_LABELS[status]}</span>
}
