import { type ComponentType, useEffect, useState } from 'react'
import { LoadingState } from '../components/loading-state'
import { useAfterFirstView } from '../components/use-after-first-view'
import type { ChartsPanelProps } from '../features/charts/charts-panel'

type Loaded = { panel: ComponentType<ChartsPanelProps> } | { error: unknown }

/**
 * The charts panel, loaded once the first view has been painted (recharts is not needed to read it).
 * Loaded with a plain import() and state rather than React.lazy and Suspense: once, in a clean-clone
 * e2e run, the Suspense fallback stayed after the chunk had arrived (see
 * docs/decisions/charts-after-first-view.md). A failed load is thrown here, inside the panel's error
 * boundary, which says so.
 */
export function ChartsAfterFirstView(props: ChartsPanelProps) {
  const firstViewShown = useAfterFirstView()
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  useEffect(() => {
    if (!firstViewShown) return
    let cancelled = false
    import('../features/charts/charts-panel').then(
      (module) => {
        if (!cancelled) setLoaded({ panel: module.default })
      },
      (error: unknown) => {
        if (!cancelled) setLoaded({ error })
      },
    )
    return () => {
      cancelled = true
    }
  }, [firstViewShown])
  if (loaded && 'error' in loaded) throw loaded.error
  if (!loaded) return <LoadingState label="Loading charts…" />
  const Panel = loaded.panel
  return <Panel {...props} />
}
