import { useEffect } from 'react'
import type { ViewActions } from '../state/use-view'

/**
 * Page-wide keys, ignored while typing or in a dialog: N / P step to the next / previous matching
 * event, Escape clears the selection.
 */
export function useKeyboardShortcuts(actions: ViewActions, enabled = true): void {
  useEffect(() => {
    if (!enabled) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
      const target = event.target as HTMLElement | null
      // A dialog's keys are its own (Escape closes the mapping step, not the selection behind it).
      if (target?.closest('dialog')) return
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]')
      if (
        event.key === 'Escape' &&
        !(typing instanceof HTMLInputElement && target?.getAttribute('type') === 'search')
      ) {
        actions.selectEvent(null)
        return
      }
      if (typing) return
      if (event.key === 'n' || event.key === 'N') actions.stepEvent(1)
      if (event.key === 'p' || event.key === 'P') actions.stepEvent(-1)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [actions, enabled])
}
