import { useLayoutEffect, useState } from 'react'
import { barsPerWindow } from './timeline-content'

/**
 * How many counting bars fit across the timeline's frame, followed as it resizes. Measured before the
 * first paint (a layout effect), so a phone's timeline is drawn with its own bars from the start; only
 * a change in the number re-renders.
 */
export function useBarsPerWindow(frame: HTMLElement | null): number | undefined {
  const [bars, setBars] = useState<number>()
  useLayoutEffect(() => {
    if (!frame) return
    const measure = () => setBars(barsPerWindow(frame.clientWidth))
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(frame)
    return () => observer.disconnect()
  }, [frame])
  return bars
}
