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

/** What a history entry says of how it was made: `step` for stepping through events. */
export type HistoryMark = { step: true } | null

/** How the current history entry was made. */
export function currentHistoryMark(): HistoryMark {
  const state: unknown = window.history.state
  return typeof state === 'object' && state !== null && 'step' in state ? { step: true } : null
}

// In an embed, the tab's history is the host page's: an entry per selection would make its Back button
// walk through the embed before it leaves the article. Set once, when the page starts embedded.
let oneEntryOnly = false

/** From now on, every change of view rewrites the current history entry (for an embed). */
export function keepOneHistoryEntry(): void {
  oneEntryOnly = true
}

/**
 * Writes a new query string. `push` makes a history entry (a step back/forward walks through);
 * `replace` rewrites the current one (panning, typing).
 */
export function navigate(search: string, mode: 'push' | 'replace', state: HistoryMark = null): void {
  if (search === window.location.search) return
  const url = `${window.location.pathname}${search}${window.location.hash}`
  if (mode === 'push' && !oneEntryOnly) window.history.pushState(state, '', url)
  else window.history.replaceState(state, '', url)
  for (const listener of listeners) listener()
}
