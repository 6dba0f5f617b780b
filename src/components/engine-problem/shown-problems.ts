import { useSyncExternalStore } from 'react'

// The engine's problems the views show at the moment, so that the page says one of them once to a
// screen reader (EngineAnnouncer in engine-problem.tsx) rather than each view in a live region of its own: six views
// failing on one closed port is one thing that went wrong. Loaded with the words (only on a failure):
// the first problem shown tells the page's announcer, by an event on the window, to load them too.

/** Dispatched on the window when a view first shows a problem. */
export const PROBLEM_SHOWN = 'engine-problem-shown'

export type ShownProblem = { error: Error; retrying: boolean }

const shown = new Map<object, ShownProblem>()
const listeners = new Set<() => void>()
let first: ShownProblem | null = null

function changed() {
  first = shown.values().next().value ?? null
  for (const listener of listeners) listener()
}

/** A view shows a problem until the returned function is called (its effect's clean-up). */
export function showProblem(problem: ShownProblem): () => void {
  const token = {}
  shown.set(token, problem)
  changed()
  window.dispatchEvent(new Event(PROBLEM_SHOWN))
  return () => {
    shown.delete(token)
    changed()
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** The first problem shown, the one the page says: null while every view has its answer. */
export function useShownProblem(): ShownProblem | null {
  return useSyncExternalStore(subscribe, () => first)
}
