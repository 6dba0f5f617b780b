import type { IndexedEvent } from '../../../dataset/story-index'
import { formatShortLocalCount, t } from '../../../i18n/i18n-store'
import { defineMessages } from '../../../i18n/messages'
import type { TimeWindow } from '../../../state/view-state'
import { eventToTimelineItem, type TimelineItem } from './timeline-items'

const messages = defineMessages({
  countTip: {
    id: 'timeline.countTip',
    defaultMessage: '{count, plural, one {# event} other {# events}}: choose to zoom in',
  },
})

/** In a window this short or shorter, a day is drawn as a bar over the day, not a point at noon. */
const DAYS_AS_BARS_WITHIN = 10 * 86_400_000

/** The most events drawn one by one in a window, at any width: past it, their density is drawn. */
export const MAX_TIMELINE_ITEMS = 300

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

/** How many counting bars fit across a timeline this wide (a phone's fits fewer than a desktop's). */
export function barsPerWindow(widthPx: number): number {
  return Math.min(MOST_BARS_PER_WINDOW, Math.max(4, Math.floor(widthPx / NARROWEST_BAR_PX)))
}

// Event ids are slugs, which have no colon: a counting bar's id can never be an event's.
const COUNT_PREFIX = 'count:'

/**
 * What the timeline draws. A small story is drawn whole, exactly as before. A large one is drawn
 * only around the window (one window's length either side, so a pan shows items at once); and when
 * more events fall in the window than can be read at its width (`readable`, see readableItems), or
 * more than MAX_TIMELINE_ITEMS around it, as bars counting the events in each stretch of time,
 * which turn back into events as the reader zooms in. The selected event is always drawn.
 */
export function timelineContent(
  matching: IndexedEvent[],
  selected: IndexedEvent | undefined,
  shown: TimeWindow,
  bars = MOST_BARS_PER_WINDOW,
  readable = MAX_TIMELINE_ITEMS,
  laneIdsOf?: (event: IndexedEvent) => readonly string[],
): TimelineItem[] {
  const drawn = oneLaneContent(matching, selected, shown, bars, readable, laneIdsOf)
  return laneIdsOf ? inLanes(drawn, laneIdsOf) : drawn.items
}

type Drawn = { items: TimelineItem[]; eventsOf: Map<TimelineItem, IndexedEvent> }

/** Each event's item once in each of its lanes (counting bars are counted per lane already). */
function inLanes({ items, eventsOf }: Drawn, laneIdsOf: (event: IndexedEvent) => readonly string[]) {
  return items.flatMap((item) => {
    const event = eventsOf.get(item)
    if (!event) return [item]
    return laneIdsOf(event).map((lane) => ({ ...item, lane }))
  })
}

function oneLaneContent(
  matching: IndexedEvent[],
  selected: IndexedEvent | undefined,
  shown: TimeWindow,
  bars: number,
  readable: number,
  laneIdsOf: ((event: IndexedEvent) => readonly string[]) | undefined,
): Drawn {
  const length = shown.end - shown.start
  const daysAsBars = length <= DAYS_AS_BARS_WITHIN
  const eventsOf = new Map<TimelineItem, IndexedEvent>()
  const item = (event: IndexedEvent, filteredOut = false) => {
    const made = eventToTimelineItem(event, { daysAsBars, filteredOut })
    eventsOf.set(made, event)
    return made
  }
  if (matching.length <= readable) {
    const items = withSelected(
      matching.map((event) => item(event)),
      matching,
      selected,
      matching,
      item,
    )
    return { items, eventsOf }
  }
  const near = { start: shown.start - length, end: shown.end + length }
  const nearby = matching.filter((event) => event.span.start < near.end && event.span.end > near.start)
  const inView = nearby.filter((event) => event.span.start < shown.end && event.span.end > shown.start)
  // Items where the window's own events can be read, and the windows either side stay few enough to
  // draw ahead for a pan.
  if (inView.length <= readable && nearby.length <= MAX_TIMELINE_ITEMS) {
    const items = withSelected(
      nearby.map((event) => item(event)),
      nearby,
      selected,
      matching,
      item,
    )
    return { items, eventsOf }
  }
  // The near span is three windows long.
  const items = withSelected(aggregate(nearby, near, bars * 3, laneIdsOf), [], selected, matching, item)
  return { items, eventsOf }
}

function withSelected(
  items: TimelineItem[],
  drawn: IndexedEvent[],
  selected: IndexedEvent | undefined,
  matching: IndexedEvent[],
  item: (event: IndexedEvent, filteredOut?: boolean) => TimelineItem,
): TimelineItem[] {
  if (!selected || drawn.includes(selected)) return items
  return [...items, item(selected, !matching.includes(selected))]
}

// Bins are aligned to multiples of their width, so panning moves whole bins rather than redrawing all.
// In lanes, each lane's events are counted on their own.
function aggregate(
  events: IndexedEvent[],
  near: TimeWindow,
  bins: number,
  laneIdsOf?: (event: IndexedEvent) => readonly string[],
): TimelineItem[] {
  // At least this wide (rounded up to a round length of time), so each bar holds its count.
  const width = niceWidth((near.end - near.start) / bins)
  const counts = new Map<string, { bin: number; lane: string | undefined; count: number }>()
  const add = (bin: number, lane: string | undefined) => {
    const key = lane === undefined ? String(bin) : `${bin}|${lane}`
    const known = counts.get(key)
    if (known) known.count++
    else counts.set(key, { bin, lane, count: 1 })
  }
  for (const event of events) {
    const anchor = Math.min(Math.max(event.span.start, near.start), near.end - 1)
    const bin = Math.floor(anchor / width)
    if (laneIdsOf) for (const lane of laneIdsOf(event)) add(bin, lane)
    else add(bin, undefined)
  }
  return [...counts.values()].map(({ bin, lane, count }) => ({
    kind: 'count' as const,
    id: `${COUNT_PREFIX}${width}:${bin}`,
    type: 'range' as const,
    start: bin * width,
    end: (bin + 1) * width,
    label: formatShortLocalCount(count),
    tooltip: t(messages.countTip, { count }),
    className: `aggregate ${count >= 100 ? 'aggregate-dense' : count >= 20 ? 'aggregate-medium' : 'aggregate-sparse'}`,
    ...(lane === undefined ? {} : { lane }),
  }))
}

function niceWidth(raw: number): number {
  const exponent = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 5, 10].find((factor) => factor * exponent >= raw) ?? 10
  return step * exponent
}
