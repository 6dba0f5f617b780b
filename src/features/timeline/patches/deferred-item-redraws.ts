import type { Timeline } from 'vis-timeline/esnext'

type ItemsEvent = 'add' | 'update' | 'remove'
type Listener = (event: string, params: { items: Array<string | number> }) => void
// The parts of vis-timeline's (unexported) ItemSet this patch relies on.
type ItemSetClass = { types?: Record<string, { prototype?: object } | undefined> }
type ItemSetLike = {
  itemsData?: { on(event: string, listener: Listener): void; off(event: string, listener: Listener): void }
  itemListeners?: Partial<Record<ItemsEvent, Listener>>
  options?: { cluster?: unknown }
  _onAdd?: (ids: Array<string | number>) => void
  _onUpdate?: (ids: Array<string | number>) => void
  _onRemove?: (ids: Array<string | number>) => void
  redraw?: () => unknown
}

// vis-timeline's (unexported) Item base class, found through its point items. With `true`, an item's
// redraw returns its steps (write the DOM, measure, place) for the caller to run across many items.
type ItemLike = { displayed: boolean; dirty: boolean; redraw(returnQueue: true): Array<() => void> }
type ItemPrototype = ItemLike & { setData(data: unknown): void }

/** Displayed items given new data since the last redraw: the next redraw draws them first, together. */
const changedWhileDisplayed = new Set<ItemLike>()

function redrawChangedItems(): void {
  const steps: Array<Array<() => void>> = []
  for (const item of changedWhileDisplayed) if (item.displayed && item.dirty) steps.push(item.redraw(true))
  changedWhileDisplayed.clear()
  // As vis-timeline draws a group's new items: each step for every item, then the next (all DOM
  // writes, then all reads), so the layout is read once.
  const longest = Math.max(0, ...steps.map((queue) => queue.length))
  for (let step = 0; step < longest; step++) for (const queue of steps) queue[step]?.()
}

const EVENTS: readonly ItemsEvent[] = ['add', 'update', 'remove']
const patchedItems = new WeakSet<object>()
const HANDLERS = { add: '_onAdd', update: '_onUpdate', remove: '_onRemove' } as const

/**
 * vis-timeline's item set redraws itself at once on every change to its data set, on top of the
 * redraw it already queues for the next frame (`_change` with `queue: true`). A filter removes some
 * items and updates others: two full redraws inside React's commit, each reading the layout of a
 * page React is still changing (a forced layout: ~40 ms of a 10,000-event story's filter). Without
 * the immediate redraw, the queued one draws everything once, at the next frame.
 *
 * Likewise an item given new data (a label moved before its dot, a class for a filtered-out event)
 * redraws and measures itself at once, one forced layout per item. Here it is marked dirty and kept
 * aside; the item set's next redraw first draws all such items together (all their DOM writes, then
 * all their reads), then redraws as usual. (vis-timeline's own redraw draws only items not yet
 * displayed: left dirty and not kept aside, a displayed item would keep its old label.)
 *
 * Swaps the item set's data listeners once, after the timeline is made, and wraps Item.setData. If
 * vis-timeline's internals are not what this expects (or clustering is on, whose listeners do more),
 * nothing changes.
 */
export function deferItemRedraws(timeline: Timeline): boolean {
  const itemSet = (timeline as unknown as { itemSet?: ItemSetLike & { constructor?: ItemSetClass } }).itemSet
  const { itemsData, itemListeners, options } = itemSet ?? {}
  if (!itemSet || !itemsData || !itemListeners || options?.cluster) return false
  if (!EVENTS.every((event) => itemListeners[event] && typeof itemSet[HANDLERS[event]] === 'function'))
    return false
  const itemPrototype = itemBasePrototype(itemSet.constructor)
  const redrawItemSet = itemSet.redraw
  if (!itemPrototype || typeof redrawItemSet !== 'function') return false
  if (!patchedItems.has(itemPrototype)) {
    const setDataAndRedraw = itemPrototype.setData
    itemPrototype.setData = function setDataForNextRedraw(this: ItemLike, data: unknown) {
      // setData redraws the item when it is displayed; with `displayed` false for the call it only
      // takes the data and marks the item dirty (its group and subgroup changes are unaffected).
      const { displayed } = this
      this.displayed = false
      try {
        setDataAndRedraw.call(this, data)
      } finally {
        this.displayed = displayed
      }
      if (displayed) changedWhileDisplayed.add(this)
    }
    patchedItems.add(itemPrototype)
  }
  itemSet.redraw = function redrawChangedThenAll(this: ItemSetLike) {
    redrawChangedItems()
    return redrawItemSet.call(this)
  }
  for (const event of EVENTS) {
    const shipped = itemListeners[event]
    if (shipped) itemsData.off(event, shipped)
    const handle = itemSet[HANDLERS[event]]
    const queued: Listener = (_event, params) => handle?.call(itemSet, params.items)
    itemListeners[event] = queued
    itemsData.on(event, queued)
  }
  return true
}

function itemBasePrototype(itemSetClass: ItemSetClass | undefined): ItemPrototype | null {
  const point = itemSetClass?.types?.point?.prototype
  const base = point ? (Object.getPrototypeOf(point) as Partial<ItemPrototype> | null) : null
  if (!base || typeof base.setData !== 'function' || !Object.hasOwn(base, 'setData')) return null
  return base as ItemPrototype
}
