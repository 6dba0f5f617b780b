import type { EventStatus } from '../dataset/format/schema'
import { t } from '../i18n/i18n-store'
import { defineMessages, type MessageDescriptor } from '../i18n/messages'
import { useT } from '../i18n/use-t'

const messages = defineMessages({
  occurred: { id: 'status.occurred', defaultMessage: 'Occurred' },
  scheduled: { id: 'status.scheduled', defaultMessage: 'Scheduled' },
  alleged: { id: 'status.alleged', defaultMessage: 'Alleged' },
})

/** Each status in words, as the badge, the legend and the printout say it. */
const STATUS_MESSAGES: Record<EventStatus, MessageDescriptor> = messages

/** A status in words, in the page's language. */
export function statusLabel(status: EventStatus): string {
  return t(STATUS_MESSAGES[status])
}

export function StatusBadge({ status }: { status: EventStatus }) {
  useT()
  return <span className={`status-badge status-${status}`}>{statusLabel(status)}</span>
}
