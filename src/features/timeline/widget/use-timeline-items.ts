import { useEffect } from 'react'
import type { TimelineItem } from '../items/timeline-items'
import type { TimelineInstance } from './use-timeline-instance'

/**
 * The id vis-timeline knows an item by. vis-timeline keeps items in plain objects keyed by id, so an
 * event called "constructor" (a valid slug) found Object.prototype's member there and broke the
 * timeline for good; with a prefix no id can name a member of Object.prototype.
 */
export const visIdOf = (id: string, lane?: string) => (lane === undefined ? `#${id}` : `#${lane}#${id}`)

/** Each item's vis-timeline id: an event drawn in several lanes is one item in each. */
const visIdOfItem = (item: TimelineItem) => visIdOf(item.id, item.lane)

const itemKey = (item: TimelineItem) =>
  `${item.kind}|${item.type}|${item.start}|${item.end}|${item.drawnEnd}|${item.className}|${item.label}|${item.tooltip}|${item.labelSide}|${item.labelMaxPx}|${item.lane}`

/**
 * Diffs the items into the timeline's long-lived data set (only the removed and the changed are
 * touched: a filter never rebuilds the timeline), then applies the selection, which may name an item
 * that has only just been added. Together, so that the selection is never applied to stale items.
 */
export function useTimelineItems(
  instance: TimelineInstance | null,
  items: TimelineItem[],
  selectedId: string | null,
): void {
  useEffect(() => {
    if (!instance) return
    const { drawn } = instance
    const nextIds = new Set(items.map(visIdOfItem))
    const removed = [...drawn.keys()].filter((id) => !nextIds.has(id))
    const changed = items.filter((item) => drawn.get(visIdOfItem(item))?.key !== itemKey(item))
    if (removed.length) instance.items.remove(removed)
    if (changed.length) {
      // vis-data merges an update into the item it had: the optional fields are written even when
      // absent, so a label that was before its dot, or a bar's end, does not outlive its reason.
      instance.items.update(
        changed.map((item) => ({
          ...item,
          end: item.drawnEnd ?? item.end,
          labelSide: item.labelSide,
          labelMaxPx: item.labelMaxPx,
          group: item.lane,
          id: visIdOfItem(item),
          content: '',
        })),
      )
    }
    for (const id of removed) drawn.delete(id)
    for (const item of changed) drawn.set(visIdOfItem(item), { item, key: itemKey(item) })
    // The selection may name an item only just added above; in lanes, it is selected in each of its lanes.
    const current = instance.timeline.getSelection().map(String)
    const wanted = selectedId ? selectedVisIds(items, selectedId) : []
    if (current.join() !== wanted.join()) instance.timeline.setSelection(wanted)
  }, [instance, items, selectedId])
}

/** The vis-timeline ids of an event's items (one per lane it is drawn in). */
export function selectedVisIds(items: readonly TimelineItem[], eventId: string): string[] {
  const ids: string[] = []
  for (const item of items) if (item.kind === 'event' && item.id === eventId) ids.push(visIdOfItem(item))
  return ids
}
