import { useEffect } from 'react'
import type { TimelineInstance, TimelineSizing } from './use-timeline-instance'

/**
 * Fills the frame and scrolls inside it, or grows with its rows (a phone, where the page scrolls and
 * no panel should scroll inside it). Set on the live timeline: a change of layout never rebuilds it.
 */
export function useTimelineSizing(instance: TimelineInstance | null, sizing: TimelineSizing): void {
  useEffect(() => {
    if (!instance) return
    instance.timeline.setOptions({ maxHeight: sizing === 'fill-frame' ? '100%' : 'none' })
  }, [instance, sizing])
}
