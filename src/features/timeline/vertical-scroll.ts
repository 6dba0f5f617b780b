import type { Timeline } from 'vis-timeline/esnext'

// The parts of vis-timeline's Core and items this file relies on (not in its typings).
type ItemLike = { top: number | null; height: number; displayed: boolean }
type CoreLike = {
  props?: { scrollTop: number; centerContainer: { height: number }; center: { height: number } }
  itemSet?: { items?: Record<string, ItemLike | undefined> }
  _setScrollTop?: (scrollTop: number) => number
  _redraw?: () => void
}

/** How many drawn items lie wholly above and below the part of the timeline in view. */
export type Overflow = { above: number; below: number }

const NONE: Overflow = { above: 0, below: 0 }

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
  for (const item of Object.values(inside.itemSet.items ?? {})) {
    if (!item?.displayed || item.top === null) continue
    if (item.top >= bottom - 4) below++
    else if (item.top + item.height <= top + 4) above++
  }
  return above || below ? { above, below } : NONE
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
  if (!inside || !item?.displayed || item.top === null) return false
  const { scrollTop, centerContainer } = inside.props
  const top = -scrollTop
  const bottom = top + centerContainer.height
  const margin = 8
  if (item.top >= top && item.top + item.height <= bottom) return true
  const wanted =
    item.top + item.height > bottom
      ? item.top + item.height + margin - centerContainer.height
      : item.top - margin
  inside._setScrollTop(-Math.max(wanted, 0))
  inside._redraw()
  return true
}
