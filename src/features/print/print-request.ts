import { useSyncExternalStore } from 'react'

// _Print_ pressed, and the printed list not yet answered: the list is made (on screen it is not
// shown: print.css) and asks its question; once it has the answer or the engine's problem, it prints
// (printed-list.tsx). A story held in the page answers on the render that asks, so it prints at once;
// an engine's answer comes later, and a printout made before it would be blank.

let asked = false
const listeners = new Set<() => void>()

function set(value: boolean) {
  asked = value
  for (const listener of listeners) listener()
}

/** The reader pressed Print: print once the printed list has what it shows. */
export function askToPrint(): void {
  set(true)
}

/** The list has printed (or the page went away): nothing is waiting to print. */
export function printDone(): void {
  set(false)
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** Whether Print was pressed and the page waits for the list's answer to print it. */
export function usePrintAsked(): boolean {
  return useSyncExternalStore(subscribe, () => asked)
}
