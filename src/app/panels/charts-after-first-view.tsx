import { LoadingState } from '../../components/loading-state'
import { useModuleAfterFirstView } from '../../components/use-module-after-first-view'
import type { ChartsPanelProps } from '../../features/charts/charts-panel'

const loadCharts = () => import('../../features/charts/charts-panel')

/** The charts panel, loaded once the first view has been painted (recharts is not needed to read it). */
export function ChartsAfterFirstView(props: ChartsPanelProps) {
  const loaded = useModuleAfterFirstView(loadCharts)
  if (!loaded) return <LoadingState label="Loading charts…" />
  const Panel = loaded.default
  return <Panel {...props} />
}
