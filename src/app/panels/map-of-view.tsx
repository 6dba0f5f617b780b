import { useCallback } from 'react'
import { PANEL_NAMES, PanelErrorBoundary } from '../../components/panel-error-boundary'
import type { MarkedEventOf } from '../../features/map/map-counts'
import type { MapPanelProps } from '../../features/map/map-panel'
import type { StoryView } from '../use-story-view'
import { MapAfterFirstView } from './map-after-first-view'

/** What the map takes of a view: the dashboard's (a story held in the page) or an engine's. */
export type MappedView = Pick<StoryView, 'filters' | 'visibleWindow' | 'state' | 'actions'>

/**
 * The map of the matching events in the timeline's window; a country or an area on it filters.
 * `eventOf` gives the words of the events its marks stand for, where the page holds them.
 */
export function MapOfShownView({
  view,
  eventOf,
  selectedPlace,
}: {
  view: MappedView
  eventOf: MarkedEventOf
  /** Where the selected event is, where the map may draw it in a counted cell (an engine's). */
  selectedPlace?: MapPanelProps['selectedPlace']
}) {
  const { state, actions } = view
  const toggleCountry = useCallback((code: string) => actions.toggleFilter('country', code), [actions])
  return (
    <PanelErrorBoundary name={PANEL_NAMES.map}>
      <MapAfterFirstView
        filters={view.filters}
        visibleWindow={view.visibleWindow}
        selectedId={state.event}
        selectedPlace={selectedPlace}
        eventOf={eventOf}
        chosenCountries={state.chosen.country}
        area={state.area}
        mapView={state.mapView}
        onToggleCountry={toggleCountry}
        onChooseEvent={actions.selectEvent}
        onSetArea={actions.setArea}
        onMapView={actions.setMapView}
      />
    </PanelErrorBoundary>
  )
}

/** The map of a story held in the page: its marks named by the story's events. */
export function MapOfView({ view }: { view: StoryView }) {
  const { story } = view
  const eventOf = useCallback<MarkedEventOf>((id) => story.eventsById.get(id), [story])
  return <MapOfShownView view={view} eventOf={eventOf} />
}
