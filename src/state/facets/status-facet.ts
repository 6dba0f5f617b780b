import { eventStatuses } from '../../dataset/format/format-constants'
import { joinItems, t } from '../../i18n/i18n-store'
import { defineMessages, type MessageDescriptor } from '../../i18n/messages'
import { defineFacet } from './define-facet'
import { quoted } from './quoted'

const messages = defineMessages({
  occurred: { id: 'status.occurred', defaultMessage: 'Occurred' },
  scheduled: { id: 'status.scheduled', defaultMessage: 'Scheduled' },
  alleged: { id: 'status.alleged', defaultMessage: 'Alleged' },
  unknown: {
    id: 'facets.status.unknown',
    defaultMessage: 'An event is {statuses}, never {asked}; that status filter was left out.',
  },
  described: { id: 'facets.status.described', defaultMessage: '{statuses} events' },
  byStatus: { id: 'facets.status.lanes', defaultMessage: 'By status' },
  noStatus: { id: 'facets.status.noneLane', defaultMessage: 'No status' },
  other: { id: 'facets.status.otherLane', defaultMessage: 'Other statuses' },
})

const KNOWN: ReadonlySet<string> = new Set(eventStatuses)
const NAMES: Readonly<Record<string, MessageDescriptor>> = {
  occurred: messages.occurred,
  scheduled: messages.scheduled,
  alleged: messages.alleged,
}
const nameOf = (status: string) => {
  const name = NAMES[status]
  return name ? t(name) : status
}

/** Whether an event occurred, is scheduled or is alleged. Its chips are the timeline legend's. */
export const STATUS_FACET = defineFacet({
  key: 'status',
  param: 'status',
  normalize: (status) => status.toLowerCase(),
  valuesOf: (event) => [event.status],
  has: (_story, status) => KNOWN.has(status),
  unknown: (statuses) =>
    t(messages.unknown, {
      statuses: joinItems(eventStatuses.map((status) => nameOf(status).toLowerCase())),
      asked: joinItems(statuses.map(quoted)),
    }),
  values: () => eventStatuses.map((status) => ({ id: status, name: nameOf(status) })),
  nameOf,
  describe: (statuses) => [
    t(messages.described, { statuses: statuses.map((status) => nameOf(status).toLowerCase()).join(' / ') }),
  ],
  panel: null,
  chart: null,
  lanes: [
    {
      key: 'status',
      get choice() {
        return t(messages.byStatus)
      },
      get none() {
        return t(messages.noStatus)
      },
      get other() {
        return t(messages.other)
      },
      fixedOrder: eventStatuses,
    },
  ],
})
