import { useEffect, useState } from 'react'
import { type Overflow, readOverflow, revealItem } from '../patches/vertical-scroll'
import type { TimelineInstance } from './use-timeline-instance'

/**
 * What is scrolled out of sight above and below, read after every redraw (only a change re-renders);
 * and the selected item brought into view vertically once it is drawn, however it was chosen.
 */
export function useTimelineOverflow(
  instance: TimelineInstance | null,
  /** vis-timeline's id of the selected item (in lanes, its first). */
  selectedVisId: string | null,
): Overflow {
  const [overflow, setOverflow] = useState<Overflow>({ above: 0, below: 0, unit: 'events' })
  useEffect(() => {
    if (!instance) return
    const { timeline } = instance
    const update = () =>
      setOverflow((last) => {
        const next = readOverflow(timeline)
        return next.above === last.above && next.below === last.below && next.unit === last.unit ? last : next
      })
    timeline.on('changed', update)
    update()
    // Off even after the timeline is destroyed (its cleanup runs first): a listener is never left behind.
    return () => timeline.off('changed', update)
  }, [instance])

  useEffect(() => {
    if (!instance || !selectedVisId) return
    const { timeline } = instance
    const id = selectedVisId
    // The item may be drawn only after a redraw or two (just added, or the window just moved to it):
    // each redraw tries, for a second at most; once it is in view the reader's own scrolling is theirs.
    let done = false
    const stop = () => {
      if (done) return
      done = true
      clearTimeout(timer)
      timeline.off('changed', tryReveal)
    }
    const tryReveal = () => {
      if (!done && instance.alive && revealItem(timeline, id)) stop()
    }
    const timer = setTimeout(stop, 1000)
    timeline.on('changed', tryReveal)
    tryReveal()
    return stop
  }, [instance, selectedVisId])
  return overflow
}
