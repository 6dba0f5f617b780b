import type { EventRow, PeriodCountRow } from '../../../dataset/query/answers'
import { periodEnd } from '../../../dataset/query/periods'
import type { Bucketing } from '../../../dataset/query/query-description'
import { formatShortLocalCount, t } from '../../../i18n/i18n-store'
import { defineMessages } from '../../../i18n/messages'
import type { TimeWindow } from '../../../state/view-state'
import { type TimelineEvent, timelineEventOf } from './timeline-event'
import { eventToTimelineItem, type TimelineItem } from './timeline-items'
import { MAX_TIMELINE_ITEMS } from './timeline-questions'

const messages = defineMessages({
  countTip: {
    id: 'timeline.countTip',
    defaultMessage: '{count, plural, one {# event} other {# events}}: choose to zoom in',
  },
})

/** In a window this short or shorter, a day is drawn as a bar over the day, not a point at noon. */
const DAYS_AS_BARS_WITHIN = 10 * 86_400_000

/** A label takes about this much of a row (a title cut at 24em is up to 307 px; most are shorter). */
const LABEL_SHARE_PX = 160
/** The rows a reader can take in, with the scroll cue, before a window of items is no longer read but searched. */
const READABLE_ROWS = 25

/**
 * How many events a window can show one by one at this width and still be read: the labels that fit
 * across a row, times the rows a reader takes in (a phone fits fewer than a desktop). Past it, the
 * window draws counting bars; zooming in turns them back into events.
 */
export function readableItems(widthPx: number): number {
  return Math.min(MAX_TIMELINE_ITEMS, Math.max(2, Math.floor(widthPx / LABEL_SHARE_PX)) * READABLE_ROWS)
}

/** The most counting bars across the window, and the narrowest a bar may be: "1.4k" must fit in it. */
const MOST_BARS_PER_WINDOW = 30
const NARROWEST_BAR_PX = 40

/**
 * The share of its period a counting bar leaves blank at its end: at the narrowest bar (40 px) a 5 px
 * gap, more than vis-timeline's 4 px margin between items, so bars side by side stay in one row.
 */
const BAR_GAP_SHARE = 0.125

const NO_BREAK_SPACES = /[\u00a0\u202f]/g

/** How many counting bars fit across a timeline this wide (a phone's fits fewer than a desktop's). */
export function barsPerWindow(widthPx: number): number {
  return Math.min(MOST_BARS_PER_WINDOW, Math.max(4, Math.floor(widthPx / NARROWEST_BAR_PX)))
}

// Event ids are slugs, which have no colon: a counting bar's id can never be an event's.
const COUNT_PREFIX = 'count:'

/** An answer of events as the timeline reads it: the first rows in time order, and how many in all. */
type EventsAnswer = { rows: readonly EventRow[]; total: number }

/**
 * What the timeline was answered (timeline-questions.ts): all time's first events, and past what the
 * window shows whole, the window's questions' answers. Undefined: not asked, or not answered yet.
 */
export type TimelineAnswers = {
  all: EventsAnswer | undefined
  near?: EventsAnswer | undefined
  /** How many match in the window itself. */
  inView?: number | undefined
  periods?: { rows: readonly PeriodCountRow[]; bucketing: Bucketing } | undefined
}

/** What the timeline draws from its answers: the events (or bars), and the events its eras are of. */
export type TimelineDrawing = {
  items: TimelineItem[]
  /** The events drawn, or with bars, those near the window: where the era bands come from. */
  events: readonly TimelineEvent[]
}

/**
 * What the timeline draws. A small story is drawn whole, exactly as before. A large one is drawn
 * only around the window (one window's length either side, so a pan shows items at once); and when
 * more events fall in the window than can be read at its width (`readable`, see readableItems), or
 * more than MAX_TIMELINE_ITEMS around it, as bars counting the events in each calendar period,
 * which turn back into events as the reader zooms in. The selected event is always drawn.
 */
export function timelineContent(
  answers: TimelineAnswers,
  selected: { event: TimelineEvent; hidden: boolean } | undefined,
  shown: TimeWindow,
  readable = MAX_TIMELINE_ITEMS,
  lanes?: {
    laneIdsOf: (event: TimelineEvent) => readonly string[]
    laneIdsOfValue: (value: string | null) => readonly string[]
  },
): TimelineDrawing {
  const daysAsBars = shown.end - shown.start <= DAYS_AS_BARS_WITHIN
  const item = (event: TimelineEvent, filteredOut = false) =>
    eventToTimelineItem(event, { daysAsBars, filteredOut })
  const drawEvents = (events: readonly TimelineEvent[]) => {
    const items = events.map((event) => item(event))
    if (selected && !events.some((event) => event.id === selected.event.id))
      return { items: [...items, item(selected.event, selected.hidden)], events }
    return { items, events }
  }
  const { all, near, inView, periods } = answers
  let drawn: { items: TimelineItem[]; events: readonly TimelineEvent[] }
  if (all && all.total <= readable) drawn = drawEvents(all.rows.map(timelineEventOf))
  else if (near && inView !== undefined && inView <= readable && near.total <= MAX_TIMELINE_ITEMS)
    drawn = drawEvents(near.rows.map(timelineEventOf))
  else {
    const bars = periods ? countingBars(periods.rows, periods.bucketing, lanes?.laneIdsOfValue) : []
    drawn = {
      items: selected ? [...bars, item(selected.event, selected.hidden)] : bars,
      events: (near?.rows ?? []).map(timelineEventOf),
    }
  }
  if (!lanes) return drawn
  // Each event's item once in each of its lanes (counting bars are counted per lane already).
  const byId = new Map(drawn.events.map((event) => [event.id, event]))
  if (selected) byId.set(selected.event.id, selected.event)
  const items = drawn.items.flatMap((each) => {
    const event = each.kind === 'event' ? byId.get(each.id) : undefined
    if (!event) return [each]
    return lanes.laneIdsOf(event).map((lane) => ({ ...each, lane }))
  })
  return { items, events: drawn.events }
}

/**
 * A bar for each calendar period's count (in lanes, each lane's: a value's count goes to its lane, and
 * values sharing a lane, "Other actors", are added together there).
 */
function countingBars(
  rows: readonly PeriodCountRow[],
  bucketing: Bucketing,
  laneIdsOfValue: ((value: string | null) => readonly string[]) | undefined,
): TimelineItem[] {
  const counts = new Map<string, { start: number; lane: string | undefined; count: number }>()
  const add = (start: number, lane: string | undefined, count: number) => {
    const key = lane === undefined ? String(start) : `${start}|${lane}`
    const known = counts.get(key)
    if (known) known.count += count
    else counts.set(key, { start, lane, count })
  }
  for (const row of rows) {
    if (!laneIdsOfValue) add(row.start, undefined, row.count)
    else for (const lane of laneIdsOfValue(row.lane ?? null)) add(row.start, lane, row.count)
  }
  // A bar's id names its periods and start: a pan keeps the bars it still shows.
  const periods = `${bucketing.every}${bucketing.period}`
  return [...counts.values()].map(({ start, lane, count }) => {
    const end = periodEnd(start, bucketing)
    return {
      kind: 'count' as const,
      id: `${COUNT_PREFIX}${periods}:${start}`,
      type: 'range' as const,
      start,
      end,
      drawnEnd: end - (end - start) * BAR_GAP_SHARE,
      // A language's no-break space ("19.3 ألف", "19,3 k") as a plain one: where the count is wider
      // than its bar, it wraps there (timeline.css) rather than being cut to a number that reads smaller.
      label: formatShortLocalCount(count).replace(NO_BREAK_SPACES, ' '),
      tooltip: t(messages.countTip, { count }),
      className: `aggregate ${count >= 100 ? 'aggregate-dense' : count >= 20 ? 'aggregate-medium' : 'aggregate-sparse'}`,
      ...(lane === undefined ? {} : { lane }),
    }
  })
}
