// Modules loaded on demand, kept by the function that loads them (use-module-when.ts), so that a
// second mount draws at once; and filled ahead where a page will draw one from its start (main.tsx).
// No React here: the page's first script may use it.

const arrived = new WeakMap<() => Promise<unknown>, unknown>()

/** What `load` resolved to, if it already has. */
export function arrivedModule<M>(load: () => Promise<M>): { module: M } | null {
  // The map holds what `load` itself resolved to, so its value is an M.
  return arrived.has(load) ? { module: arrived.get(load) as M } : null
}

export function keepArrived<M>(load: () => Promise<M>, module: M): void {
  arrived.set(load, module)
}

/** Loads a module now and keeps it; a failure is left to the component that needs it to report. */
export function preloadModule<M>(load: () => Promise<M>): Promise<void> {
  return load().then(
    (module) => keepArrived(load, module),
    () => {},
  )
}
