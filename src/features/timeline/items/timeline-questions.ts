import { EARLIEST_INSTANT, LATEST_INSTANT } from '../../../dataset/dates/story-date'
import type {
  Bucketing,
  EventsQuery,
  PeriodCountsQuery,
  TimeSpan,
} from '../../../dataset/query/query-description'
import type { QueryFacet } from '../../../dataset/query/query-facets'
import { queryFilter } from '../../../state/query/query-filter'
import type { ActiveFilters, TimeWindow } from '../../../state/view-state'
import { TIMELINE_FIELDS } from './timeline-event'

// What the timeline asks of whoever holds the story (docs/decisions/query-engine.md): the events it
// draws, and when they are too many to read, their counts per calendar period. Plain descriptions,
// so that the in-memory index and an engine answer the same questions.

/** The most events drawn one by one in a window, at any width: past it, their density is drawn. */
export const MAX_TIMELINE_ITEMS = 300

/**
 * All time's first events: while the matching events are no more than the window can show, they are
 * all drawn, wherever the window is (a small story is drawn whole); the total says whether they are.
 */
export function allTimeQuestion(filters: ActiveFilters): EventsQuery {
  return {
    kind: 'events',
    filter: queryFilter(filters, null),
    fields: TIMELINE_FIELDS,
    limit: MAX_TIMELINE_ITEMS,
    offset: 0,
  }
}

/** The last matching event of all time (its end, with the first's start, fits them all in view). */
export function lastQuestion(filters: ActiveFilters, total: number): EventsQuery {
  return { kind: 'events', filter: queryFilter(filters, null), fields: [], limit: 1, offset: total - 1 }
}

/**
 * Around the window, one window's length either side, the events are drawn ahead, so that a pan shows
 * them at once; within the years a date may have (what a question may name).
 */
export function nearWindow(shown: TimeWindow): TimeSpan {
  const length = shown.end - shown.start
  return {
    start: Math.max(shown.start - length, EARLIEST_INSTANT),
    end: Math.min(shown.end + length, LATEST_INSTANT),
  }
}

/** A window as a question may name it: within the years a date may have. */
function asked(window: TimeWindow): TimeSpan {
  const start = Math.max(window.start, EARLIEST_INSTANT)
  return { start, end: Math.max(Math.min(window.end, LATEST_INSTANT), start + 1) }
}

export type WindowQuestions = {
  /** The events near the window, the first MAX_TIMELINE_ITEMS in time order; the total says if all. */
  near: EventsQuery
  /** How many match in the window itself (one row asked: the total is what is read). */
  inView: EventsQuery
  /** The events near the window counted per calendar period, in lanes where drawn in lanes. */
  periods: PeriodCountsQuery
}

/**
 * The questions of a window of a story with more matching events than the window shows whole: its
 * events near it, how many lie in it, and counts per period across the near span, at most `bars`
 * periods a window.
 */
export function windowQuestions(
  filters: ActiveFilters,
  shown: TimeWindow,
  bars: number,
  lanes: QueryFacet | null,
): WindowQuestions {
  // In whole milliseconds, as an engine takes instants (queryFilter widens the others alike).
  const around = nearWindow(shown)
  const near = { start: Math.floor(around.start), end: Math.ceil(around.end) }
  const nearFilter = queryFilter(filters, near)
  return {
    near: {
      kind: 'events',
      filter: { ...nearFilter, window: near },
      fields: TIMELINE_FIELDS,
      limit: MAX_TIMELINE_ITEMS,
      offset: 0,
    },
    inView: { kind: 'events', filter: queryFilter(filters, asked(shown)), fields: [], limit: 1, offset: 0 },
    periods: {
      kind: 'period-counts',
      filter: { ...nearFilter, window: near },
      // The near span is three windows long.
      bucketing: timelineBucketing(near, bars * 3),
      lanes,
    },
  }
}

/**
 * The lanes' counts over all time: the matching events counted per value of the lanes' facet, in
 * periods of a thousand years (a story spanning a millennium's turn has two rows a value, summed).
 */
export function laneCountsQuestion(
  filters: ActiveFilters,
  lanes: QueryFacet,
  extent: TimeSpan,
): PeriodCountsQuery {
  return {
    kind: 'period-counts',
    filter: { ...queryFilter(filters, null), window: asked({ start: extent.start, end: extent.end + 1 }) },
    bucketing: MILLENNIA,
    lanes,
  }
}

const MILLENNIA: Bucketing = { period: 'year', every: 1000 }
const HOUR = 3_600_000
const DAY = 24 * HOUR

// The calendar runs of periods a counting bar may count, fine to coarse, each with its shortest length
// (a month's is 28 days): a bar is never narrower than the width asked for.
const LADDER: ReadonlyArray<{ bucketing: Bucketing; shortest: number }> = [
  ...[1, 2, 3, 6, 12].map((every) => ({
    bucketing: { period: 'hour', every } as const,
    shortest: every * HOUR,
  })),
  { bucketing: { period: 'day', every: 1 }, shortest: DAY },
  { bucketing: { period: 'week', every: 1 }, shortest: 7 * DAY },
  ...[1, 2, 3, 6].map((every) => ({
    bucketing: { period: 'month', every } as const,
    shortest: every * 28 * DAY,
  })),
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((every) => ({
    bucketing: { period: 'year', every } as const,
    shortest: every * 365 * DAY,
  })),
]

/**
 * The finest calendar periods (dataset/query/periods.ts, as the engines count them) that cut the span
 * into at most `most`: each bar at least the span's share of the width, so its count fits.
 */
export function timelineBucketing(span: TimeSpan, most: number): Bucketing {
  const length = span.end - span.start
  // Past the ladder (a window of tens of thousands of years), millennia: as many as it takes.
  return LADDER.find(({ shortest }) => Math.ceil(length / shortest) <= most)?.bucketing ?? MILLENNIA
}
