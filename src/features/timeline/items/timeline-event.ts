import { readableNow } from '../../../dataset/dates/read-edtf'
import type { StoryDate } from '../../../dataset/dates/story-date'
import { eventStatuses } from '../../../dataset/format/format-constants'
import type { EventStatus } from '../../../dataset/format/schema'
import type { EventRow } from '../../../dataset/query/answers'
import type { EventField } from '../../../dataset/query/query-description'
import type { FacetEvent } from '../../../state/facets/facet'

/**
 * What the timeline draws of an event: its title, status and date (for the shape, the dashes and the
 * hollow marks), the span it may cover, and what its lanes are read from. A story's own event is one
 * as it is; an answer's row becomes one through timelineEventOf.
 */
export type TimelineEvent = FacetEvent & {
  id: string
  title: string
  status: EventStatus
  when: StoryDate
  span: { start: number; end: number }
}

/** The fields the timeline asks of each event (query-description.ts): only what it draws and lanes by. */
export const TIMELINE_FIELDS: readonly EventField[] = [
  'title',
  'date',
  'precision',
  'status',
  'countries',
  'actors',
  'categories',
]

/**
 * An answer's row as the timeline draws it. The row was asked with TIMELINE_FIELDS, which every
 * answerer gives (the in-memory index and the engines' read-answer.ts alike); the date is read again
 * from its EDTF text (read-edtf.ts keeps what it read), so uncertain and open dates are drawn as such.
 * A date an engine gives that does not read is drawn as the span the row says, at its precision.
 */
export function timelineEventOf(row: EventRow): TimelineEvent {
  // Read by the first view's reader (edtf.js is not in its code): a story's dates past the common forms
  // have had it loaded before the story was shown (load/open-files.ts, story-index.ts).
  const read = row.date === undefined ? null : readableNow(row.date)
  const when: StoryDate = read?.ok
    ? read.date
    : {
        edtf: row.date ?? '',
        shape: 'range',
        precision: row.precision ?? 'day',
        earliest: row.start,
        latest: row.end,
        anchor: row.start,
        uncertain: false,
        approximate: false,
        label: row.date ?? '',
      }
  return {
    id: row.id,
    title: row.title ?? row.id,
    status: statusOf(row.status),
    when,
    span: { start: row.start, end: row.end },
    countries: row.countries ?? [],
    actors: row.actors ?? [],
    categories: row.categories ?? [],
  }
}

/** A row's status as the legend knows it; one it does not know is drawn as what happened. */
const statusOf = (status: string | undefined): EventStatus =>
  eventStatuses.find((known) => known === status) ?? 'occurred'
