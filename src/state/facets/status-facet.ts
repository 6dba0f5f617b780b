import { eventStatuses } from '../../dataset/format/format-constants'
import { defineFacet } from './define-facet'
import { quoted } from './quoted'

const KNOWN: ReadonlySet<string> = new Set(eventStatuses)
const NAMES: Readonly<Record<string, string>> = {
  occurred: 'Occurred',
  scheduled: 'Scheduled',
  alleged: 'Alleged',
}

/** Whether an event occurred, is scheduled or is alleged. Its chips are the timeline legend's. */
export const STATUS_FACET = defineFacet({
  key: 'status',
  param: 'status',
  normalize: (status) => status.toLowerCase(),
  valuesOf: (event) => [event.status],
  has: (_story, status) => KNOWN.has(status),
  unknown: (statuses) =>
    `An event is ${eventStatuses.join(', ')}, never ${statuses.map(quoted).join(', ')}; that status filter was left out.`,
  values: () => eventStatuses.map((status) => ({ id: status, name: NAMES[status] ?? status })),
  nameOf: (status) => NAMES[status] ?? status,
  describe: (statuses) => [`${statuses.join(' or ')} events`],
  panel: null,
  chart: null,
  lanes: [
    {
      key: 'status',
      choice: 'By status',
      none: 'No status',
      other: 'Other statuses',
      fixedOrder: eventStatuses,
    },
  ],
})
