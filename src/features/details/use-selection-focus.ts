import { type RefObject, useEffect, useRef } from 'react'

/**
 * When the selected event changes and the focus has fallen to the page (the control that chose it
 * went away, as a quote's "Show event" does once its event is selected), the focus moves to the
 * details' heading: where the reader wants to be, never nowhere. Not for the event a link opens with:
 * the page is only just there, and moving the focus would scroll it past the story's title.
 */
export function useSelectionFocus(eventId: string | undefined, heading: RefObject<HTMLElement | null>): void {
  // Whatever is selected when the panel first draws is the link's (compared by id, not by counting
  // runs: Strict Mode runs a mount's effects twice).
  const atOpening = useRef(eventId)
  const changed = useRef(false)
  useEffect(() => {
    if (!changed.current && eventId === atOpening.current) return
    changed.current = true
    if (eventId === undefined) return
    const lost = document.activeElement === null || document.activeElement === document.body
    if (lost) heading.current?.focus()
  }, [eventId, heading])
}
