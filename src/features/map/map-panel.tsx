import { geoEqualEarth, geoPath } from 'd3-geo'
import { useEffect, useMemo, useRef, useState } from 'react'
import { EngineProblem } from '../../components/engine-problem/engine-problem'
import { describeArea, type GeoArea, type MapCentre } from '../../state/geo-area'
import { useAnswerSource } from '../../state/query/answer-source'
import type { ActiveFilters, TimeWindow } from '../../state/view-state'
import { countClasses } from './count-scale'
import { CountryList } from './country-list'
import { CountryShapes } from './country-shapes'
import { drawPoints } from './draw-points'
import { areaOfRect, areaOutline } from './map-area'
import { MapControls } from './map-controls'
import type { MarkedEventOf } from './map-counts'
import { MapLegend } from './map-legend'
import { type MapView, WHOLE_WORLD } from './map-view'
import { MarkList } from './mark-list'
import { clusterPoints } from './point-clusters'
import { pointsRegion } from './points-region'
import { useProjectedPoints } from './projected-points'
import { useMapAnswers } from './use-map-answers'
import { useMapGestures } from './use-map-gestures'
import { useMapLink } from './use-map-link'
import { worldShapes } from './world-shapes'
import './map.css'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'

const messages = defineMessages({
  map: { id: 'tabs.map', defaultMessage: 'Map' },
  inView: { id: 'map.inView', defaultMessage: '{count, plural, one {# event} other {# events}} in view' },
  within: { id: 'map.within', defaultMessage: 'Within {area}.' },
  clearArea: { id: 'map.clearArea', defaultMessage: 'Clear the area' },
  filterInView: { id: 'map.filterInView', defaultMessage: 'Filter to the area in view' },
  label: {
    id: 'map.label',
    defaultMessage:
      'Map of {countries, plural, one {# country} other {# countries}} and {placed, plural, one {# placed event} other {# placed events}}. Arrow keys move it, + and − zoom, 0 shows the whole world; the list of countries below does what the map does.',
  },
  touch: { id: 'map.touch', defaultMessage: 'Drag to move, pinch to zoom · tap outside to scroll' },
  credit: {
    id: 'map.credit',
    defaultMessage: 'Natural Earth boundaries, 1:110m (public domain), via world-atlas',
  },
})

export type MapPanelProps = {
  /** The view's filters and the timeline's window: the map shows the events they let through. */
  filters: ActiveFilters
  visibleWindow: TimeWindow
  /** The selected event's id (ringed where its mark is drawn). */
  selectedId: string | null
  /**
   * Where the selected event is, for a map that draws it in a counted cell rather than as its own mark
   * (an engine's, past its cap): ringed there all the same.
   */
  selectedPlace?: { latitude: number; longitude: number } | null | undefined
  /** The words of an event a mark stands for (its list names it): the story's, where the page holds it. */
  eventOf: MarkedEventOf
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

/**
 * A map of the events: countries shaded by their number of events, events with coordinates drawn as
 * marks (clustered where dense), linked to the filters (a country toggles its filter) and to the
 * selection (a mark selects its event). Drawn from bundled boundaries, with no tile server.
 */
function MapPanel(props: MapPanelProps) {
  const {
    filters,
    visibleWindow,
    selectedId,
    selectedPlace,
    eventOf,
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

  // An engine's points are asked for the area in view, in cells sized to the zoom (points-region.ts).
  // (The page's own index draws every point: nothing to work out on its pans.)
  const engineHeld = useAnswerSource().kind === 'engine'
  const filterArea = filters.area ?? null
  const region = useMemo(
    () => (engineHeld ? pointsRegion(projection, view, size, filterArea) : null),
    [engineHeld, projection, view, size, filterArea],
  )
  const { counts, inView, counting, problem } = useMapAnswers(filters, visibleWindow, region)
  const classes = useMemo(() => countClasses(Math.max(0, ...counts.byCountry.values())), [counts])
  // Each event's place on the fitted world (kept per size and story: projected-points.ts); the view
  // only moves and scales them.
  const projected = useProjectedPoints(counts.points, projection)
  const clusters = useMemo(() => {
    const placed = projected.map(({ x, y, point }) => ({
      x: view.x + view.k * x,
      y: view.y + view.k * y,
      point,
    }))
    return clusterPoints(placed, CLUSTER_CELL, size.width, size.height)
  }, [projected, view, size])
  const selectedAt = useMemo(() => {
    const found = selectedId === null ? undefined : projected.find(({ point }) => point.id === selectedId)
    const at: [number, number] | null = found
      ? [found.x, found.y]
      : selectedPlace
        ? projection([selectedPlace.longitude, selectedPlace.latitude])
        : null
    return at ? { x: view.x + view.k * at[0], y: view.y + view.k * at[1] } : null
  }, [projected, selectedId, selectedPlace, projection, view])

  useEffect(() => {
    if (canvas.current) drawPoints(canvas.current, clusters, selectedAt)
  }, [clusters, selectedAt])

  useMapLink({ view, setView, projection, size, mapView, onMapView })

  const { drawing, setDrawing, sketch, zoom, chooseMark, handlers } = useMapGestures({
    frame,
    size,
    view,
    setView,
    projection,
    clusters,
    onChooseEvent,
    onToggleCountry,
    onSetArea,
  })

  const t = useT()
  const placed = counts.placed
  return (
    <section className="panel map-panel" aria-labelledby="map-title" aria-busy={counting}>
      <div className="panel-header">
        <h2 id="map-title">{t(messages.map)}</h2>
        <span className="panel-meta">{t(messages.inView, { count: inView })}</span>
        {area ? (
          <span className="map-area-note">
            {t(messages.within, { area: describeArea(area) })}{' '}
            <button type="button" className="link-button" onClick={() => onSetArea(null)}>
              {t(messages.clearArea)}
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
            {t(messages.filterInView)}
          </button>
        )}
      </div>
      <EngineProblem
        error={problem.error}
        onRetry={problem.retry}
        retrying={problem.retrying}
        stale={inView > 0}
      />
      <div
        ref={frame}
        className={['map-frame', drawing && 'drawing', problem.error && 'engine-stale']
          .filter(Boolean)
          .join(' ')}
        role="application"
        aria-roledescription={t(messages.map)}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the map takes keys (arrows move it, + and − zoom): it must be reachable by Tab
        tabIndex={0}
        aria-label={t(messages.label, { countries: counts.byCountry.size, placed })}
        {...handlers}
      >
        <svg width={size.width} height={size.height} aria-hidden="true">
          <g transform={`translate(${view.x} ${view.y}) scale(${view.k})`}>
            <CountryShapes
              outlines={outlines}
              counts={counts.byCountry}
              classes={classes}
              chosen={chosenCountries}
            />
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
        <p className="map-touch-hint" aria-hidden="true">
          {t(messages.touch)}
        </p>
        <MapControls
          zoom={zoom}
          drawing={drawing}
          onToggleDrawing={() => setDrawing((current) => !current)}
          onWholeWorld={() => setView(WHOLE_WORLD)}
        />
      </div>
      <MapLegend
        classes={classes}
        points={placed}
        cellDegrees={counts.binned ? counts.cellDegrees : null}
        unplaced={counts.unplaced}
        credit={t(messages.credit)}
      />
      {placed > 0 && <MarkList clusters={clusters} eventOf={eventOf} onChoose={chooseMark} />}
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
