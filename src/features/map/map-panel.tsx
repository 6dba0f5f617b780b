import { geoEqualEarth, geoPath } from 'd3-geo'
import { type KeyboardEvent, type PointerEvent, useEffect, useMemo, useRef, useState } from 'react'
import type { IndexedEvent, Story } from '../../dataset/story-index'
import { formatCount } from '../../lib/format-count'
import { describeArea, type GeoArea, type MapCentre } from '../../state/geo-area'
import { countClasses, shadeOf } from './count-scale'
import { CountryList } from './country-list'
import { drawPoints } from './draw-points'
import { areaOfRect, areaOutline } from './map-area'
import { mapCounts } from './map-counts'
import { MapLegend } from './map-legend'
import { centreOf, type MapView, movedBy, sameCentre, viewOf, WHOLE_WORLD, zoomedAbout } from './map-view'
import { clusterAt, clusterPoints } from './point-clusters'
import { MAP_CREDIT, worldShapes } from './world-shapes'
import './map.css'

export type MapPanelProps = {
  story: Story
  /** The events to map: those that match the filters, in the timeline's window. */
  events: IndexedEvent[]
  selected: IndexedEvent | undefined
  chosenCountries: readonly string[]
  /** The area drawn on the map that filters the events, if any. */
  area: GeoArea | null
  /** Where the map looks, as the link holds it; null: the whole world. */
  mapView: MapCentre | null
  onToggleCountry: (code: string) => void
  onChooseEvent: (id: string) => void
  onSetArea: (area: GeoArea | null) => void
  onMapView: (centre: MapCentre | null) => void
}

// Marks closer than this many pixels are drawn as one, with their count.
const CLUSTER_CELL = 36
const KEY_STEP = 60
const NO_EVENTS = '#eceff3'

/**
 * A map of the events: countries shaded by their number of events, events with coordinates drawn as
 * marks (clustered where dense), linked to the filters (a country toggles its filter) and to the
 * selection (a mark selects its event). Drawn from bundled boundaries, with no tile server.
 */
function MapPanel(props: MapPanelProps) {
  const {
    events,
    selected,
    chosenCountries,
    area,
    mapView,
    onToggleCountry,
    onChooseEvent,
    onSetArea,
    onMapView,
  } = props
  const frame = useRef<HTMLDivElement>(null)
  const canvas = useRef<HTMLCanvasElement>(null)
  const [size, setSize] = useState({ width: 0, height: 0 })
  const [view, setView] = useState<MapView>(WHOLE_WORLD)
  const drag = useRef<{ x: number; y: number; moved: boolean } | null>(null)
  // Drawing an area: the next drag draws a rectangle rather than moving the map.
  const [drawing, setDrawing] = useState(false)
  const [sketch, setSketch] = useState<{ x0: number; y0: number; x1: number; y1: number } | null>(null)

  useEffect(() => {
    const element = frame.current
    if (!element) return
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ width: entry.contentRect.width, height: entry.contentRect.height })
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  const shapes = worldShapes()
  const projection = useMemo(
    () =>
      geoEqualEarth().fitSize([Math.max(size.width, 1), Math.max(size.height, 1)], {
        type: 'FeatureCollection',
        features: shapes.map((shape) => shape.outline),
      }),
    [size, shapes],
  )
  const outlines = useMemo(() => {
    const path = geoPath(projection)
    return shapes.map((shape) => ({ ...shape, d: path(shape.outline) ?? '' }))
  }, [projection, shapes])
  const drawn = useMemo(() => new Set(shapes.flatMap((shape) => (shape.code ? [shape.code] : []))), [shapes])

  const counts = useMemo(() => mapCounts(events), [events])
  const classes = useMemo(() => countClasses(Math.max(0, ...counts.byCountry.values())), [counts])
  // Each event's place on the fitted world, projected once per size (a filter or the timeline's
  // window changes which events are mapped, not where they are); the view only moves and scales them.
  const places = useMemo(
    () => ({ projection, of: new WeakMap<IndexedEvent, [number, number] | null>() }),
    [projection],
  )
  const projected = useMemo(
    () =>
      counts.points.flatMap(({ latitude, longitude, event }) => {
        let at = places.of.get(event)
        if (at === undefined) {
          at = places.projection([longitude, latitude])
          places.of.set(event, at)
        }
        return at ? [{ x: at[0], y: at[1], event }] : []
      }),
    [counts, places],
  )
  const clusters = useMemo(() => {
    const placed = projected.map(({ x, y, event }) => ({
      x: view.x + view.k * x,
      y: view.y + view.k * y,
      event,
    }))
    return clusterPoints(placed, CLUSTER_CELL, size.width, size.height)
  }, [projected, view, size])
  const selectedAt = useMemo(() => {
    const point = projected.find(({ event }) => event === selected)
    return point ? { x: view.x + view.k * point.x, y: view.y + view.k * point.y } : null
  }, [projected, selected, view])

  useEffect(() => {
    if (canvas.current) drawPoints(canvas.current, clusters, selectedAt)
  }, [clusters, selectedAt])

  // The link holds where the map looks as a centre on the earth and a zoom (the same on any screen):
  // the view follows the link (a link opened, back and forward), and the link follows the view, a
  // moment after it stops moving, rewriting the current history entry as the timeline's pan does.
  const synced = useRef(false)
  useEffect(() => {
    if (size.width === 0) return
    synced.current = true
    setView((current) =>
      sameCentre(centreOf(current, projection, size), mapView) ? current : viewOf(mapView, projection, size),
    )
  }, [mapView, projection, size])
  useEffect(() => {
    if (!synced.current) return
    const timer = setTimeout(() => {
      const centre = centreOf(view, projection, size)
      if (!sameCentre(centre, mapView)) onMapView(centre)
    }, 300)
    return () => clearTimeout(timer)
  }, [view, projection, size, mapView, onMapView])

  // The wheel zooms only a map the reader has engaged (focused): scrolling the page past it never does.
  useEffect(() => {
    const element = frame.current
    if (!element) return
    const onWheel = (event: WheelEvent) => {
      if (document.activeElement !== element) return
      event.preventDefault()
      const box = element.getBoundingClientRect()
      const at = { x: event.clientX - box.left, y: event.clientY - box.top }
      setView((current) => zoomedAbout(current, event.deltaY < 0 ? 1.25 : 0.8, at, size))
    }
    element.addEventListener('wheel', onWheel, { passive: false })
    return () => element.removeEventListener('wheel', onWheel)
  }, [size])

  const centre = { x: size.width / 2, y: size.height / 2 }
  const zoom = (factor: number) => setView((current) => zoomedAbout(current, factor, centre, size))
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [KEY_STEP, 0],
      ArrowRight: [-KEY_STEP, 0],
      ArrowUp: [0, KEY_STEP],
      ArrowDown: [0, -KEY_STEP],
    }
    const move = moves[event.key]
    if (move) setView((current) => movedBy(current, move[0], move[1], size))
    else if (event.key === '+' || event.key === '=') zoom(1.5)
    else if (event.key === '-' || event.key === '_') zoom(1 / 1.5)
    else if (event.key === '0') setView(WHOLE_WORLD)
    else return
    event.preventDefault()
    event.stopPropagation()
  }
  // A mouse or pen drags the map; a finger scrolls the page (no scroll trap) and taps choose.
  const local = (event: PointerEvent) => {
    const box = event.currentTarget.getBoundingClientRect()
    return { x: event.clientX - box.left, y: event.clientY - box.top }
  }
  const onPointerDown = (event: PointerEvent) => {
    if ((event.target as Element).closest('button')) return
    drag.current = { x: event.clientX, y: event.clientY, moved: false }
    if (event.pointerType !== 'touch' || drawing) event.currentTarget.setPointerCapture(event.pointerId)
    if (drawing) {
      const at = local(event)
      setSketch({ x0: at.x, y0: at.y, x1: at.x, y1: at.y })
    }
  }
  const onPointerMove = (event: PointerEvent) => {
    const start = drag.current
    if (start && drawing) {
      const at = local(event)
      setSketch((current) => (current ? { ...current, x1: at.x, y1: at.y } : current))
      return
    }
    if (!start || event.pointerType === 'touch') return
    const dx = event.clientX - start.x
    const dy = event.clientY - start.y
    if (!start.moved && Math.hypot(dx, dy) < 4) return
    drag.current = { x: event.clientX, y: event.clientY, moved: true }
    setView((current) => movedBy(current, dx, dy, size))
  }
  const onPointerUp = (event: PointerEvent) => {
    const start = drag.current
    drag.current = null
    if (drawing && sketch) {
      const rect = {
        left: Math.min(sketch.x0, sketch.x1),
        right: Math.max(sketch.x0, sketch.x1),
        top: Math.min(sketch.y0, sketch.y1),
        bottom: Math.max(sketch.y0, sketch.y1),
      }
      setSketch(null)
      setDrawing(false)
      const drawn =
        rect.right - rect.left > 4 && rect.bottom - rect.top > 4 ? areaOfRect(projection, view, rect) : null
      if (drawn) onSetArea(drawn)
      return
    }
    if (!start || start.moved) return
    const box = event.currentTarget.getBoundingClientRect()
    const x = event.clientX - box.left
    const y = event.clientY - box.top
    const mark = clusterAt(clusters, x, y)
    const [only] = mark?.events ?? []
    if (mark && mark.count === 1 && only) onChooseEvent(only.id)
    else if (mark) setView((current) => zoomedAbout(current, 3, { x: mark.x, y: mark.y }, size))
    else {
      // The pointer is captured by the frame: the country is the shape under it (the marks' canvas
      // lets pointers through).
      const code = document.elementFromPoint(event.clientX, event.clientY)?.getAttribute('data-code')
      if (code) onToggleCountry(code)
    }
  }

  const placed = counts.points.length
  return (
    <section className="panel map-panel" aria-labelledby="map-title">
      <div className="panel-header">
        <h2 id="map-title">Map</h2>
        <span className="panel-meta">
          {formatCount(events.length)} {events.length === 1 ? 'event' : 'events'} in view
        </span>
        {area ? (
          <span className="map-area-note">
            Within {describeArea(area)}.{' '}
            <button type="button" className="link-button" onClick={() => onSetArea(null)}>
              Clear the area
            </button>
          </span>
        ) : (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              const shown = areaOfRect(projection, view, {
                left: 0,
                top: 0,
                right: size.width,
                bottom: size.height,
              })
              if (shown) onSetArea(shown)
            }}
          >
            Filter to the area in view
          </button>
        )}
      </div>
      <div
        ref={frame}
        className={drawing ? 'map-frame drawing' : 'map-frame'}
        role="application"
        aria-roledescription="map"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the map takes keys (arrows move it, + and − zoom): it must be reachable by Tab
        tabIndex={0}
        aria-label={`Map of ${formatCount(counts.byCountry.size)} countries and ${formatCount(placed)} placed events. Arrow keys move it, + and − zoom, 0 shows the whole world; the list of countries below does what the map does.`}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          drag.current = null
        }}
      >
        <svg width={size.width} height={size.height} aria-hidden="true">
          <g transform={`translate(${view.x} ${view.y}) scale(${view.k})`}>
            {outlines.map((shape, index) => {
              const count = shape.code ? (counts.byCountry.get(shape.code) ?? 0) : 0
              const chosen = shape.code !== null && chosenCountries.includes(shape.code)
              return (
                <path
                  // biome-ignore lint/suspicious/noArrayIndexKey: the world's shapes never change order
                  key={index}
                  d={shape.d}
                  data-code={shape.code ?? undefined}
                  className={chosen ? 'map-country chosen' : 'map-country'}
                  fill={shadeOf(count, classes) ?? NO_EVENTS}
                >
                  <title>
                    {shape.name}: {formatCount(count)} {count === 1 ? 'event' : 'events'}
                  </title>
                </path>
              )
            })}
            {area && <path className="map-area" d={areaOutline(projection, area)} />}
          </g>
          {sketch && (
            <rect
              className="map-sketch"
              x={Math.min(sketch.x0, sketch.x1)}
              y={Math.min(sketch.y0, sketch.y1)}
              width={Math.abs(sketch.x1 - sketch.x0)}
              height={Math.abs(sketch.y1 - sketch.y0)}
            />
          )}
        </svg>
        <canvas ref={canvas} className="map-marks" />
        <div className="map-zoom">
          <button
            type="button"
            className="icon-button"
            onClick={() => zoom(1.5)}
            aria-label="Zoom the map in"
          >
            +
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={() => zoom(1 / 1.5)}
            aria-label="Zoom the map out"
          >
            −
          </button>
          <button
            type="button"
            className="icon-button"
            aria-pressed={drawing}
            onClick={() => setDrawing((current) => !current)}
            aria-label="Draw an area to filter by"
            title="Draw an area to filter by: drag a rectangle on the map"
          >
            ▭
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={() => setView(WHOLE_WORLD)}
            aria-label="Show the whole world"
          >
            ⟲
          </button>
        </div>
        <MapLegend classes={classes} points={placed} unplaced={counts.unplaced} credit={MAP_CREDIT} />
      </div>
      <CountryList
        counts={counts.byCountry}
        chosen={chosenCountries}
        drawn={drawn}
        onToggle={onToggleCountry}
      />
    </section>
  )
}

export default MapPanel
