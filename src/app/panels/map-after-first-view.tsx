import { LoadingState } from '../../components/loading-state'
import { useModuleAfterFirstView } from '../../components/use-module-after-first-view'
import type { MapPanelProps } from '../../features/map/map-panel'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'

const messages = defineMessages({
  loading: { id: 'map.loading', defaultMessage: 'Loading the map…' },
})

const loadMap = () => import('../../features/map/map-panel')

/**
 * The map, loaded once the first view has been painted (its boundaries and projection are not needed
 * to read it). It maps what matches the filters within the timeline's window.
 */
export function MapAfterFirstView(props: MapPanelProps) {
  const t = useT()
  const loaded = useModuleAfterFirstView(loadMap)
  if (!loaded) return <LoadingState label={t(messages.loading)} />
  const Panel = loaded.default
  return <Panel {...props} />
}
