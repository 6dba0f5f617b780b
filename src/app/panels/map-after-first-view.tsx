import { useMemo } from 'react'
import { LoadingState } from '../../components/loading-state'
import { useModuleAfterFirstView } from '../../components/use-module-after-first-view'
import type { IndexedEvent, Story } from '../../dataset/story-index'
import type { GeoArea, MapCentre } from '../../state/geo-area'
import { isEventInWindow } from '../../state/time-window'
import type { ViewActions } from '../../state/use-view'
import type { TimeWindow } from '../../state/view-state'

const loadMap = () => import('../../features/map/map-panel')

type MapAfterFirstViewProps = {
  story: Story
  matching: IndexedEvent[]
  visibleWindow: TimeWindow
  selected: IndexedEvent | undefined
  chosenCountries: readonly string[]
  area: GeoArea | null
  mapView: MapCentre | null
  actions: ViewActions
}

/**
 * The map, loaded once the first view has been painted (its boundaries and projection are not needed
 * to read it). It maps what matches the filters within the timeline's window.
 */
export function MapAfterFirstView({ matching, visibleWindow, actions, ...props }: MapAfterFirstViewProps) {
  const loaded = useModuleAfterFirstView(loadMap)
  const events = useMemo(
    () => matching.filter((event) => isEventInWindow(event, visibleWindow)),
    [matching, visibleWindow],
  )
  if (!loaded) return <LoadingState label="Loading the map…" />
  const Panel = loaded.default
  return (
    <Panel
      {...props}
      events={events}
      onToggleCountry={(code) => actions.toggleFilter('country', code)}
      onChooseEvent={actions.selectEvent}
      onSetArea={actions.setArea}
      onMapView={actions.setMapView}
    />
  )
}
