import { useEffect, useState } from 'react'
import { arrivedModule, keepArrived } from './module-cache'

type Loaded<M> = { module: M } | { error: unknown }

/**
 * A module loaded once `wanted` turns true (a dialog opened, story mode entered, the first view
 * painted), then kept: null until it has arrived. Code the first view does not need stays out of its
 * bundle this way. A plain import() and state rather than React.lazy and Suspense: once, in a
 * clean-clone e2e run, the Suspense fallback stayed after the chunk had arrived (see
 * docs/decisions/charts-after-first-view.md). A failed load is thrown, inside the caller's error
 * boundary, which says so. `load` must be the same function on every render (a module-level const).
 */
export function useModuleWhen<M>(load: () => Promise<M>, wanted: boolean): M | null {
  const [loaded, setLoaded] = useState<Loaded<M> | null>(() => arrivedModule(load))
  const needed = wanted && loaded === null
  useEffect(() => {
    if (!needed) return
    let cancelled = false
    load().then(
      (module) => {
        keepArrived(load, module)
        if (!cancelled) setLoaded({ module })
      },
      (error: unknown) => {
        if (!cancelled) setLoaded({ error })
      },
    )
    return () => {
      cancelled = true
    }
  }, [needed, load])
  if (loaded && 'error' in loaded) throw loaded.error
  return loaded ? loaded.module : null
}
