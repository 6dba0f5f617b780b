import type { Timeline } from 'vis-timeline/esnext'

// The parts of vis-timeline's Core and items this file relies on (not in its typings).
// In lanes, an item's top is within its lane (its parent group), which has its own top.
type ItemLike = {
  top: number | null
  height: number
  displayed: boolean
  parent?: GroupLike | null
  data?: { type?: string }
}
// A lane (vis-timeline's group), or its reserved groups for ungrouped and background items.
type GroupLike = { groupId?: string | number; top?: number; height?: number }
const RESERVED_GROUPS: ReadonlySet<unknown> = new Set(['__ungrouped__', '__background__'])

/** An item's top within the whole drawing (null while it is not drawn; background bands have none). */
function topOf(item: ItemLike): number | null {
  if (!item.displayed || item.top === null || item.data?.type === 'background') return null
  return item.top + (item.parent?.top ?? 0)
}
type CoreLike = {
  props?: { scrollTop: number; centerContainer: { height: number }; center: { height: number } }
  itemSet?: { items?: Record<string, ItemLike | undefined>; groups?: Record<string, GroupLike | undefined> }
  _setScrollTop?: (scrollTop: number) => number
  _redraw?: () => void
}

/**
 * How many drawn items lie wholly above and below the part of the timeline in view; in lanes, how
 * many lanes (vis-timeline draws only the items of the lanes in view, so those are all it can count).
 */
export type Overflow = { above: number; below: number; unit: 'events' | 'lanes' }

const NONE: Overflow = { above: 0, below: 0, unit: 'events' }

/** The lanes drawn, without vis-timeline's reserved groups. */
function lanesOf(inside: Required<CoreLike>): GroupLike[] {
  return Object.values(inside.itemSet.groups ?? {}).filter(
    (group): group is GroupLike => !!group && !RESERVED_GROUPS.has(group.groupId),
  )
}

function core(timeline: Timeline): Required<CoreLike> | null {
  const inside = timeline as unknown as CoreLike
  const { props, itemSet, _setScrollTop, _redraw } = inside
  if (!props || !itemSet?.items || typeof _setScrollTop !== 'function' || typeof _redraw !== 'function')
    return null
  return inside as Required<CoreLike>
}

/** The items in time view that are scrolled out of sight, above or below (vis-timeline draws no scrollbar without groups). */
export function readOverflow(timeline: Timeline): Overflow {
  const inside = core(timeline)
  if (!inside) return NONE
  const { scrollTop, centerContainer } = inside.props
  const top = -scrollTop
  const bottom = top + centerContainer.height
  let above = 0
  let below = 0
  for (const lane of lanesOf(inside)) {
    if (lane.top === undefined || lane.height === undefined) continue
    if (lane.top >= bottom - 4) below++
    else if (lane.top + lane.height <= top + 4) above++
  }
  if (above || below) return { above, below, unit: 'lanes' }
  for (const item of Object.values(inside.itemSet.items ?? {})) {
    const itemTop = item ? topOf(item) : null
    if (!item || itemTop === null) continue
    if (itemTop >= bottom - 4) below++
    else if (itemTop + item.height <= top + 4) above++
  }
  return above || below ? { above, below, unit: 'events' } : NONE
}

/** Scrolls the items by a part of the view's height: 1 = a screenful down, -1 = up. */
export function scrollByViews(timeline: Timeline, views: number): void {
  const inside = core(timeline)
  if (!inside) return
  const { scrollTop, centerContainer } = inside.props
  inside._setScrollTop(scrollTop - views * centerContainer.height * 0.8)
  inside._redraw()
}

/**
 * Scrolls vertically, if need be, so that the item is in view (vis-timeline's focus() would also move
 * the window). False while the item is not drawn yet.
 */
export function revealItem(timeline: Timeline, visId: string): boolean {
  const inside = core(timeline)
  const item = inside?.itemSet.items?.[visId]
  if (!inside || !item) return false
  const itemTop = topOf(item)
  const { scrollTop, centerContainer } = inside.props
  if (itemTop === null) {
    // In a lane out of sight, an item is not drawn: scroll to its lane first, and try again once drawn.
    const lane = item.parent
    if (item.data?.type !== 'background' && lane?.top !== undefined && !RESERVED_GROUPS.has(lane.groupId)) {
      const laneTop = lane.top
      const inView = laneTop >= -scrollTop && laneTop < -scrollTop + centerContainer.height
      if (!inView) {
        inside._setScrollTop(-Math.max(laneTop - 8, 0))
        inside._redraw()
      }
    }
    return false
  }
  const top = -scrollTop
  const bottom = top + centerContainer.height
  const margin = 8
  if (itemTop >= top && itemTop + item.height <= bottom) return true
  const wanted =
    itemTop + item.height > bottom
      ? itemTop + item.height + margin - centerContainer.height
      : itemTop - margin
  inside._setScrollTop(-Math.max(wanted, 0))
  inside._redraw()
  return true
}
