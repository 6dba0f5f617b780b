import { useEffect } from 'react'
import { t } from '../../../i18n/i18n-store'
import { defineMessages } from '../../../i18n/messages'
import type { Lane } from '../lanes/lanes'
import type { TimelineInstance, VisGroup } from './use-timeline-instance'

const messages = defineMessages({
  title: {
    id: 'timeline.laneTitle',
    defaultMessage: '{lane}: {count, plural, one {# event} other {# events}}',
  },
})

const groupKey = (group: VisGroup) => `${group.label}|${group.title}|${group.order}`

/**
 * Hands the lanes to vis-timeline (its groups), diffed like the items; null draws one lane. Must run
 * before the items are synced: items name their lane, and a lane they name must exist.
 */
export function useTimelineLanes(instance: TimelineInstance | null, lanes: readonly Lane[] | null): void {
  useEffect(() => {
    if (!instance) return
    const { timeline, groups } = instance
    if (!lanes) {
      if (instance.grouped) {
        timeline.setGroups()
        groups.clear()
        instance.grouped = false
      }
      return
    }
    const next: VisGroup[] = lanes.map((lane) => ({
      id: lane.id,
      content: '',
      label: lane.label,
      title: t(messages.title, { lane: lane.label, count: lane.count }),
      order: lane.order,
    }))
    const nextIds = new Set(next.map((group) => group.id))
    const removed = groups.getIds().filter((id) => !nextIds.has(String(id)))
    const changed = next.filter((group) => {
      const known = groups.get(group.id)
      return !known || groupKey(known) !== groupKey(group)
    })
    if (removed.length) groups.remove(removed)
    if (changed.length) groups.update(changed)
    if (!instance.grouped) {
      timeline.setGroups(groups)
      instance.grouped = true
    }
  }, [instance, lanes])
}
