import type { Answerer, EventRow } from '../../dataset/query/answers'
import type { EventsQuery, TimeSpan } from '../../dataset/query/query-description'
import { queryFilter } from '../../state/query/query-filter'
import type { ActiveFilters, TimeWindow } from '../../state/view-state'

// N / P and the arrow keys through a story an engine holds: the page holds none of its events, so the
// next or previous matching event in time order is asked of the engine: one `events` question of one
// row from the selected event (its `from` cursor), in the engine's time order, ties as it orders them.

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
  // The neighbour asked by cursor: the engine places the selected event in its time order, however
  // many events share its start (ACLED's are days: thousands a day).
  const next = await answerer.answer({
    ...eventsIn(filters, null, 1, 0),
    from: { event: selected.id, direction },
  })
  return next.rows[0] ?? null
}
