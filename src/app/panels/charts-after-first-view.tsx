import { LoadingState } from '../../components/loading-state'
import { useModuleAfterFirstView } from '../../components/use-module-after-first-view'
import type { ChartsPanelProps } from '../../features/charts/charts-panel'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'

const messages = defineMessages({
  loading: { id: 'charts.loading', defaultMessage: 'Loading charts…' },
})

const loadCharts = () => import('../../features/charts/charts-panel')

/** The charts panel, loaded once the first view has been painted (recharts is not needed to read it). */
export function ChartsAfterFirstView(props: ChartsPanelProps) {
  const t = useT()
  const loaded = useModuleAfterFirstView(loadCharts)
  if (!loaded) return <LoadingState label={t(messages.loading)} />
  const Panel = loaded.default
  return <Panel {...props} />
}
