import { useEffect } from 'react'

/**
 * Story mode's keys, page-wide: the arrows, N and P, Page Up and Page Down step through the story;
 * Escape leaves it for the dashboard. Left alone while typing, in a dialog, and on the focused
 * timeline (whose arrows step the story too, and whose Page keys pan it). The arrows follow the reading
 * direction: right to left, the left arrow goes on, as the Next button stands on the left.
 */
export function useStoryKeys(onStep: (direction: -1 | 1) => void, onLeave: () => void, rtl = false): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
      const target = event.target as HTMLElement | null
      if (target?.closest('dialog, input, textarea, select, [contenteditable="true"], .timeline-frame'))
        return
      const onward = rtl ? 'ArrowLeft' : 'ArrowRight'
      const back = rtl ? 'ArrowRight' : 'ArrowLeft'
      const direction = { [onward]: 1, [back]: -1, n: 1, N: 1, p: -1, P: -1, PageDown: 1, PageUp: -1 }[
        event.key
      ]
      if (direction === 1 || direction === -1) {
        event.preventDefault()
        onStep(direction)
      } else if (event.key === 'Escape') onLeave()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [onStep, onLeave, rtl])
}
