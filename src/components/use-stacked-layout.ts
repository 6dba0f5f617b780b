import { useSyncExternalStore } from 'react'

/** The width below which the dashboard's views stack and the page scrolls (dashboard.css). */
export const STACKED_LAYOUT = '(max-width: 1000px)'

const query = () => (typeof window === 'undefined' ? undefined : window.matchMedia?.(STACKED_LAYOUT))

function subscribe(onChange: () => void): () => void {
  const list = query()
  list?.addEventListener('change', onChange)
  return () => list?.removeEventListener('change', onChange)
}

/** True where the views are stacked (a phone, a narrow window), followed as the window resizes. */
export function useStackedLayout(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => query()?.matches ?? false,
    () => false,
  )
}
