import type { Answerer, EventRow } from '../../dataset/query/answers'
import type { EventsQuery, TimeSpan } from '../../dataset/query/query-description'
import { queryFilter } from '../../state/query/query-filter'
import type { ActiveFilters, TimeWindow } from '../../state/view-state'

// N / P and the arrow keys through a story an engine holds: the page holds none of its events, so the
// next or previous matching event in time order is asked of the engine, as an `events` question over
// a window that begins (or ends) at the selected event's start. Every event overlapping the window is
// in its answer, in time order (by start, ties as the engine orders them): the selected event is
// found in it by id, and its neighbour taken.

/** Rows asked at a time around the selected event: events sharing its start, or running over it. */
const STEP_PAGE = 200

/** How many pages are read looking for the selected event before giving up (thousands sharing a start). */
const MOST_PAGES = 10

type Selected = { id: string; start: number; end: number }

export type SteppingContext = {
  answerer: Answerer
  filters: ActiveFilters
  /** The selected event's row, null for none (or one the filters hide: stepping starts from the view). */
  selected: Selected | null
  /** The timeline's window on screen. */
  shown: TimeWindow
  /** The story's span, as its summary gave it. */
  extent: TimeWindow
}

function eventsIn(
  filters: ActiveFilters,
  window: TimeSpan | null,
  limit: number,
  offset: number,
): EventsQuery {
  return { kind: 'events', filter: queryFilter(filters, window), fields: [], limit, offset }
}

/**
 * The matching event after (1) or before (-1) the selected one in time order; with none selected, the
 * first (last) in the window on screen, else the first after (last before) it, else the story's first
 * (last), as the in-page dashboard steps. Null: there is none that way.
 */
export async function engineStep(context: SteppingContext, direction: -1 | 1): Promise<EventRow | null> {
  const { answerer, filters, selected, extent } = context
  // Windows that reach past everything the story holds (a window must have start < end).
  const before = Math.min(extent.start, context.shown.start, selected?.start ?? extent.start) - 1
  const after = Math.max(extent.end, context.shown.end, selected?.end ?? extent.end) + 1
  const first = async (window: TimeSpan | null) =>
    (await answerer.answer(eventsIn(filters, window, 1, 0))).rows[0] ?? null
  const last = async (window: TimeSpan | null) => {
    const { total } = await answerer.answer(eventsIn(filters, window, 0, 0))
    return total === 0
      ? null
      : ((await answerer.answer(eventsIn(filters, window, 1, total - 1))).rows[0] ?? null)
  }
  if (!selected) {
    return direction === 1
      ? ((await first({ start: context.shown.start, end: after })) ?? (await first(null)))
      : ((await last({ start: before, end: context.shown.end })) ?? (await last(null)))
  }
  if (direction === 1) {
    // Every event still running at the selected one's start or begun since: it, and those after it.
    const window = { start: selected.start, end: after }
    for (let page = 0, offset = 0; page < MOST_PAGES; page += 1, offset += STEP_PAGE - 1) {
      const { rows, total } = await answerer.answer(eventsIn(filters, window, STEP_PAGE, offset))
      const at = rows.findIndex((row) => row.id === selected.id)
      if (at !== -1 && at + 1 < rows.length) return rows[at + 1] ?? null
      // Pages overlap by one row, so that the selected event last in a page is found with its next.
      if (offset + rows.length >= total) return null
    }
    return null
  }
  // Every event begun by the selected one's start: those before it, it, and any sharing its start.
  const window = { start: before, end: selected.start + 1 }
  const { total } = await answerer.answer(eventsIn(filters, window, 0, 0))
  for (let page = 0, end = total; page < MOST_PAGES && end > 0; page += 1, end -= STEP_PAGE - 1) {
    const offset = Math.max(0, end - STEP_PAGE)
    const { rows } = await answerer.answer(eventsIn(filters, window, end - offset, offset))
    const at = rows.findIndex((row) => row.id === selected.id)
    if (at > 0) return rows[at - 1] ?? null
    if (at === 0 && offset === 0) return null
  }
  return null
}
