import { type RefObject, useEffect } from 'react'

/**
 * When the selected event changes and the focus has fallen to the page (the control that chose it
 * went away, as a quote's "Show event" does once its event is selected), the focus moves to the
 * details' heading: where the reader wants to be, never nowhere.
 */
export function useSelectionFocus(eventId: string | undefined, heading: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (eventId === undefined) return
    const lost = document.activeElement === null || document.activeElement === document.body
    if (lost) heading.current?.focus()
  }, [eventId, heading])
}
