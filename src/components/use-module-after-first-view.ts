import { useEffect, useState } from 'react'
import { useAfterFirstView } from './use-after-first-view'

type Loaded<M> = { module: M } | { error: unknown }

/**
 * A module loaded once the first view has been painted (a panel's code that the first view does not
 * need: the charts, the map); null until it has arrived. Loaded with a plain import() and state rather
 * than React.lazy and Suspense: once, in a clean-clone e2e run, the Suspense fallback stayed after the
 * chunk had arrived (see docs/decisions/charts-after-first-view.md). A failed load is thrown, inside
 * the panel's error boundary, which says so. `load` must be the same function on every render.
 */
export function useModuleAfterFirstView<M>(load: () => Promise<M>): M | null {
  const firstViewShown = useAfterFirstView()
  const [loaded, setLoaded] = useState<Loaded<M> | null>(null)
  useEffect(() => {
    if (!firstViewShown) return
    let cancelled = false
    load().then(
      (module) => {
        if (!cancelled) setLoaded({ module })
      },
      (error: unknown) => {
        if (!cancelled) setLoaded({ error })
      },
    )
    return () => {
      cancelled = true
    }
  }, [firstViewShown, load])
  if (loaded && 'error' in loaded) throw loaded.error
  return loaded ? loaded.module : null
}
