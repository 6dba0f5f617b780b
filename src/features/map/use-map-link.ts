import type { GeoProjection } from 'd3-geo'
import { type Dispatch, type SetStateAction, useEffect, useRef } from 'react'
import type { MapCentre } from '../../state/geo-area'
import { centreOf, type MapView, sameCentre, viewOf } from './map-view'

/**
 * The link holds where the map looks as a centre on the earth and a zoom (the same on any screen):
 * the view follows the link (a link opened, back and forward), and the link follows the view a moment
 * after it stops moving, rewriting the current history entry as the timeline's pan does.
 */
export function useMapLink(props: {
  view: MapView
  setView: Dispatch<SetStateAction<MapView>>
  projection: GeoProjection
  size: { width: number; height: number }
  mapView: MapCentre | null
  onMapView: (centre: MapCentre | null) => void
}): void {
  const { view, setView, projection, size, mapView, onMapView } = props
  // Nothing is written before the view has followed the link once (the frame has no size at first).
  const synced = useRef(false)
  // The link and the frame the view last followed: a new size alone (the frame measured again, a
  // scrollbar, a rotated phone) keeps where the reader looks, zoomed or moved a moment ago and not yet
  // written to the link; only a changed link moves the view to it.
  const followed = useRef<{ mapView: MapCentre | null; projection: GeoProjection; size: typeof size } | null>(
    null,
  )
  useEffect(() => {
    if (size.width === 0) return
    synced.current = true
    const last = followed.current
    followed.current = { mapView, projection, size }
    if (last && sameCentre(last.mapView, mapView)) {
      if (last.size.width === size.width && last.size.height === size.height) return
      setView((current) => viewOf(centreOf(current, last.projection, last.size), projection, size))
      return
    }
    setView((current) =>
      sameCentre(centreOf(current, projection, size), mapView) ? current : viewOf(mapView, projection, size),
    )
  }, [mapView, projection, size, setView])
  useEffect(() => {
    if (!synced.current) return
    const timer = setTimeout(() => {
      const centre = centreOf(view, projection, size)
      if (!sameCentre(centre, mapView)) onMapView(centre)
    }, 300)
    return () => clearTimeout(timer)
  }, [view, projection, size, mapView, onMapView])
}
