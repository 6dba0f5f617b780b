import { useSyncExternalStore } from 'react'

// The URL is the one store of the view: components subscribe to location.search, and every change
// goes through navigate(), which writes history and tells the subscribers.
const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
  }
}

function currentSearch(): string {
  return window.location.search
}

/** The current query string ("?event=..."), re-rendering on every change and on back/forward. */
export function useLocationSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch, () => '')
}

/**
 * Writes a new query string. `push` makes a history entry (a step back/forward walks through);
 * `replace` rewrites the current one (panning, typing).
 */
export function navigate(search: string, mode: 'push' | 'replace'): void {
  if (search === window.location.search) return
  const url = `${window.location.pathname}${search}${window.location.hash}`
  if (mode === 'push') window.history.pushState(null, '', url)
  else window.history.replaceState(null, '', url)
  for (const listener of listeners) listener()
}
