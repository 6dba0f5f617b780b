import { useMemo } from 'react'
import { LoadingState } from '../../components/loading-state'
import { useModuleAfterFirstView } from '../../components/use-module-after-first-view'
import type { IndexedEvent } from '../../dataset/story-index'
import type { MapPanelProps } from '../../features/map/map-panel'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import { isEventInWindow } from '../../state/time-window'
import type { TimeWindow } from '../../state/view-state'

const messages = defineMessages({
  loading: { id: 'map.loading', defaultMessage: 'Loading the map…' },
})

const loadMap = () => import('../../features/map/map-panel')

type MapAfterFirstViewProps = Omit<MapPanelProps, 'events'> & {
  matching: IndexedEvent[]
  visibleWindow: TimeWindow
}

/**
 * The map, loaded once the first view has been painted (its boundaries and projection are not needed
 * to read it). It maps what matches the filters within the timeline's window.
 */
export function MapAfterFirstView({ matching, visibleWindow, ...props }: MapAfterFirstViewProps) {
  const t = useT()
  const loaded = useModuleAfterFirstView(loadMap)
  const events = useMemo(
    () => matching.filter((event) => isEventInWindow(event, visibleWindow)),
    [matching, visibleWindow],
  )
  if (!loaded) return <LoadingState label={t(messages.loading)} />
  const Panel = loaded.default
  return <Panel {...props} events={events} />
}
