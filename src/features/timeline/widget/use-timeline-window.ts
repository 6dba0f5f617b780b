import { useEffect } from 'react'
import { sameRange, type TimeRange } from '../../../lib/time-range'
import type { TimelineInstance } from './use-timeline-instance'

/**
 * Shows this window. A window the timeline already shows (within its own rounding) is left alone: a
 * pan the reader made comes back here as the new window, and setting it again would interrupt the pan.
 */
export function useTimelineWindow(instance: TimelineInstance | null, visible: TimeRange): void {
  const { start, end } = visible
  useEffect(() => {
    if (!instance) return
    const shown = instance.timeline.getWindow()
    if (!sameRange({ start: shown.start.valueOf(), end: shown.end.valueOf() }, { start, end })) {
      instance.timeline.setWindow(start, end, { animation: false })
    }
  }, [instance, start, end])
}
