import type { Timeline } from 'vis-timeline/esnext'

// The parts of vis-timeline's (unexported) PointItem class this patch relies on.
type PointItemLike = {
  data: { start: Date | number; labelSide?: 'before' }
  conversion: { toScreen(time: Date | number): number }
  width: number
  left: number
  dom?: { content?: HTMLElement; dot?: HTMLElement }
  props: { dot: { width: number } }
  /** Drawn right to left: x counts from the right, and the item is placed by its `right`. */
  options?: { rtl?: boolean }
  right?: number
  pointX: number
  repositionXY(): void
}
type PointPrototype = PointItemLike & { repositionX(): void }

const patched = new WeakSet<object>()

/**
 * vis-timeline draws a point's label after its dot, always: near the window's right edge the label
 * runs out of the frame. An item marked `labelSide: 'before'` (see label-placement.ts) is placed so
 * that its box ends at its dot, and its stacking box with it, so the rows are still worked out from
 * where the label is really drawn; the dot goes to the box's right end (and .label-before in
 * timeline.css).
 *
 * Patches the PointItem class once, found through the timeline's item set. If vis-timeline's
 * internals are not what this expects, nothing is patched and labels stay after their dots.
 */
export function patchLabelsBefore(timeline: Timeline): boolean {
  const itemSet = (timeline as unknown as { itemSet?: { constructor?: { types?: Record<string, unknown> } } })
    .itemSet
  const PointItem = itemSet?.constructor?.types?.point as { prototype?: Partial<PointPrototype> } | undefined
  const prototype = PointItem?.prototype
  if (
    !prototype ||
    typeof prototype.repositionX !== 'function' ||
    typeof prototype.repositionXY !== 'function'
  )
    return false
  if (patched.has(prototype)) return true
  const drawAfter = prototype.repositionX
  prototype.repositionX = function repositionXBeforeOrAfter(this: PointItemLike) {
    drawAfter.call(this)
    const before = this.data.labelSide === 'before'
    const half = this.props.dot.width / 2
    // Right to left, vis-timeline mirrors everything: x counts from the right edge, the label runs
    // leftwards from its dot, and the margins and the dot's shift swap sides.
    const rtl = this.options?.rtl === true
    // vis-timeline writes these as inline styles when it measures the item; so are they undone here.
    const { content, dot } = this.dom ?? {}
    if (content) {
      content.style[rtl ? 'marginRight' : 'marginLeft'] = before ? '0' : `${half}px`
      content.style[rtl ? 'marginLeft' : 'marginRight'] = before ? `${half}px` : ''
    }
    if (dot) dot.style.transform = `translateX(${(before ? half : -half) * (rtl ? -1 : 1)}px)`
    if (!before) return
    const at = this.conversion.toScreen(this.data.start)
    if (rtl) this.right = at - this.width
    else this.left = at - this.width
    this.pointX = at - this.width
    this.repositionXY()
  }
  patched.add(prototype)
  return true
}
