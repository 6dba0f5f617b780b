import type { Timeline } from 'vis-timeline/esnext'

// The parts of vis-timeline's (unexported) Group class this patch relies on.
type VisItemLike = { id: string | number; data: { subgroup?: unknown }; setParent(group: unknown): void }
type VisGroupLike = {
  items: Record<string, VisItemLike>
  stackDirty: boolean
  _addToSubgroup(item: VisItemLike): void
  orderSubgroups(): void
}
type GroupPrototype = VisGroupLike & { add(item: VisItemLike): void; _checkIfVisible?: unknown }

const patched = new WeakSet<object>()

/**
 * vis-timeline shows each item the moment it is added (Group.add → _checkIfVisible → item.show),
 * and showing an item writes its DOM and then reads its size: one forced layout per item. A filter
 * that brings back 300 items, or a zoom that makes 300 new density bars, paid for 300 layouts, and
 * `visibleItems.includes` made each add scan every shown item (upstream: visjs/vis#3248,
 * visjs/timeline-plus#22). Every add marks the group's stack dirty and is followed by a redraw, and
 * that redraw already finds the items in range and shows them together (all writes, then all reads).
 * So the add itself only records the item; the redraw shows it.
 *
 * Patches the Group class once, found through the timeline's ungrouped group. If vis-timeline's
 * internals are not what this expects, nothing is patched and the library behaves as shipped.
 */
export function batchItemShows(timeline: Timeline): boolean {
  const groups = (timeline as unknown as { itemSet?: { groups?: Record<string, object> } }).itemSet?.groups
  const ungrouped = groups?.__ungrouped__
  if (!ungrouped) return false
  const prototype = Object.getPrototypeOf(ungrouped) as Partial<GroupPrototype> | null
  if (!prototype || patched.has(prototype)) return prototype !== null
  const expected = [
    'add',
    '_addToSubgroup',
    'orderSubgroups',
    '_checkIfVisible',
    '_updateItemsInRange',
  ] as const
  if (!expected.every((name) => typeof (prototype as Record<string, unknown>)[name] === 'function'))
    return false
  prototype.add = function addWithoutShowing(this: VisGroupLike, item: VisItemLike) {
    this.items[item.id] = item
    item.setParent(this)
    this.stackDirty = true
    if (item.data.subgroup !== undefined) {
      this._addToSubgroup(item)
      this.orderSubgroups()
    }
  }
  patched.add(prototype)
  return true
}
