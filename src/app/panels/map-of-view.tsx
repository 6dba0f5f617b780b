import { useCallback } from 'react'
import { PANEL_NAMES, PanelErrorBoundary } from '../../components/panel-error-boundary'
import type { StoryView } from '../use-story-view'
import { MapAfterFirstView } from './map-after-first-view'

/** The map of the matching events in the timeline's window; a country or an area on it filters. */
export function MapOfView({ view }: { view: StoryView }) {
  const { state, actions } = view
  const toggleCountry = useCallback((code: string) => actions.toggleFilter('country', code), [actions])
  return (
    <PanelErrorBoundary name={PANEL_NAMES.map}>
      <MapAfterFirstView
        story={view.story}
        filters={view.filters}
        visibleWindow={view.visibleWindow}
        selected={view.selected}
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
