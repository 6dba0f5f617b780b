import { type RefObject, useEffect, useRef } from 'react'
import { STACKED_LAYOUT } from '../../components/use-stacked-layout'

/**
 * When the selected event changes after the page opened:
 * - if the focus has fallen to the page (the control that chose it went away, as a quote's "Show
 *   event" does once its event is selected), it moves to the details' heading;
 * - where the views are stacked (a phone), the details are scrolled into view when they are not,
 *   since they may lie a thousand pixels above the list the event was chosen in.
 * Not for the event a link opens with: the page is only just there, and moving the focus or
 * scrolling would carry it past the story's title. `drawn` turns true once the heading is there (the
 * event's view is loaded on demand): a change made before then is acted on when it is.
 */
export function useSelectionFocus(
  eventId: string | undefined,
  heading: RefObject<HTMLElement | null>,
  drawn = true,
): void {
  // Whatever is selected when the panel first draws is the link's (compared by id, not by counting
  // runs: Strict Mode runs a mount's effects twice).
  const atOpening = useRef(eventId)
  const changed = useRef(false)
  useEffect(() => {
    if (!changed.current && eventId === atOpening.current) return
    changed.current = true
    const target = heading.current
    if (eventId === undefined || !drawn || !target) return
    const lost = document.activeElement === null || document.activeElement === document.body
    if (lost) target.focus()
    if (!window.matchMedia?.(STACKED_LAYOUT).matches) return
    const box = target.getBoundingClientRect()
    if (box.top < 0 || box.bottom > window.innerHeight) target.scrollIntoView({ block: 'start' })
  }, [eventId, heading, drawn])
}
