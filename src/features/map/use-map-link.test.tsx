import { act, renderHook } from '@testing-library/react'
import { geoEqualEarth } from 'd3-geo'
import { useMemo, useState } from 'react'
import { expect, test, vi } from 'vitest'
import type { MapCentre } from '../../state/geo-area'
import { centreOf, type MapView, WHOLE_WORLD, zoomedAbout } from './map-view'
import { useMapLink } from './use-map-link'

type Size = { width: number; height: number }
const projectionFor = (size: Size) => geoEqualEarth().fitSize([size.width, size.height], { type: 'Sphere' })

function renderLinkedMap(size: Size, mapView: MapCentre | null) {
  const onMapView = vi.fn()
  const hook = renderHook(
    (props: { size: Size; mapView: MapCentre | null }) => {
      const [view, setView] = useState<MapView>(WHOLE_WORLD)
      // As the panel does: one projection for each size of the frame.
      const projection = useMemo(() => projectionFor(props.size), [props.size])
      useMapLink({ view, setView, projection, size: props.size, mapView: props.mapView, onMapView })
      return { view, setView, projection }
    },
    { initialProps: { size, mapView } },
  )
  return { ...hook, onMapView }
}

test('a zoom not yet written to the link outlives the frame being measured again', () => {
  const first = { width: 800, height: 400 }
  const map = renderLinkedMap(first, null)
  act(() => map.result.current.setView((view) => zoomedAbout(view, 1.5, { x: 400, y: 200 }, first)))
  const zoomed = centreOf(map.result.current.view, map.result.current.projection, first)
  // A scrollbar appears: the frame is narrower, the link still says nothing.
  const second = { width: 785, height: 400 }
  map.rerender({ size: second, mapView: null })
  expect(map.result.current.view.k).toBe(1.5)
  const kept = centreOf(map.result.current.view, map.result.current.projection, second)
  expect(kept?.latitude).toBeCloseTo(zoomed?.latitude ?? Number.NaN, 6)
  expect(kept?.longitude).toBeCloseTo(zoomed?.longitude ?? Number.NaN, 6)
})

test('a link opened (or Back) moves the view to its centre, and a link of none to the whole world', () => {
  const size = { width: 800, height: 400 }
  const map = renderLinkedMap(size, null)
  map.rerender({ size, mapView: { latitude: 48.5, longitude: 31.2, zoom: 4 } })
  const centre = centreOf(map.result.current.view, map.result.current.projection, size)
  expect(centre?.zoom).toBe(4)
  expect(centre?.latitude).toBeCloseTo(48.5, 6)
  map.rerender({ size, mapView: null })
  expect(map.result.current.view).toEqual(WHOLE_WORLD)
})
