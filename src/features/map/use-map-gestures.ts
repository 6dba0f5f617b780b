import type { GeoProjection } from 'd3-geo'
import {
  type Dispatch,
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
  type SetStateAction,
  useEffect,
  useRef,
  useState,
} from 'react'
import type { GeoArea } from '../../state/geo-area'
import { areaOfRect } from './map-area'
import { type MapView, movedBy, pinched, WHOLE_WORLD, zoomedAbout } from './map-view'
import { type Cluster, clusterAt, onlyEvent } from './point-clusters'

const KEY_STEP = 60

/**
 * What the reader does to the map: keys on the focused map (arrows move it, + and − zoom, 0 shows the
 * whole world), the wheel on the focused map only (scrolling the page past it never zooms it), a mouse
 * or pen drag to move it (a finger scrolls the page — no scroll trap — until a tap engages the map;
 * then one finger drags it and two pinch it), a tap or click to choose a mark or a country, and, after choosing to draw, a drag that draws an area to filter by.
 */
export function useMapGestures(props: {
  frame: RefObject<HTMLDivElement | null>
  size: { width: number; height: number }
  view: MapView
  setView: Dispatch<SetStateAction<MapView>>
  projection: GeoProjection
  clusters: readonly Cluster[]
  onChooseEvent: (id: string) => void
  onToggleCountry: (code: string) => void
  onSetArea: (area: GeoArea | null) => void
}) {
  const { frame, size, view, setView, projection, clusters, onChooseEvent, onToggleCountry, onSetArea } =
    props
  const drag = useRef<{ x: number; y: number; moved: boolean } | null>(null)
  // Drawing an area: the next drag draws a rectangle rather than moving the map.
  const [drawing, setDrawing] = useState(false)
  const [sketch, setSketch] = useState<{ x0: number; y0: number; x1: number; y1: number } | null>(null)

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
  }, [frame, size, setView])

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
  // A mouse or pen drags the map. A finger scrolls the page past it (no scroll trap) until the reader
  // engages the map by tapping it (it takes focus, and its CSS then keeps the page from scrolling):
  // then one finger drags it and two pinch it. Where each finger is, by pointer id.
  const fingers = useRef(new Map<number, { x: number; y: number }>())
  const local = (event: PointerEvent) => {
    const box = event.currentTarget.getBoundingClientRect()
    return { x: event.clientX - box.left, y: event.clientY - box.top }
  }
  const onPointerDown = (event: PointerEvent) => {
    if ((event.target as Element).closest('button')) return
    drag.current = { x: event.clientX, y: event.clientY, moved: false }
    const engaged = event.pointerType !== 'touch' || document.activeElement === event.currentTarget
    if (engaged || drawing) event.currentTarget.setPointerCapture(event.pointerId)
    if (event.pointerType === 'touch' && engaged) fingers.current.set(event.pointerId, local(event))
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
    const finger = fingers.current.get(event.pointerId)
    const other = [...fingers.current].find(([id]) => id !== event.pointerId)?.[1]
    if (finger && other) {
      const at = local(event)
      fingers.current.set(event.pointerId, at)
      if (drag.current) drag.current.moved = true
      setView((current) => pinched(current, [finger, other], [at, other], size))
      return
    }
    if (!start || (event.pointerType === 'touch' && !finger)) return
    const dx = event.clientX - start.x
    const dy = event.clientY - start.y
    if (!start.moved && Math.hypot(dx, dy) < 4) return
    drag.current = { x: event.clientX, y: event.clientY, moved: true }
    if (finger) fingers.current.set(event.pointerId, local(event))
    setView((current) => movedBy(current, dx, dy, size))
  }
  // A mark of one event selects it; a mark of several (or a cell's count) zooms in on them, so that
  // they split.
  const chooseMark = (mark: Cluster) => {
    const only = onlyEvent(mark)
    if (only !== null) onChooseEvent(only)
    else setView((current) => zoomedAbout(current, 3, { x: mark.x, y: mark.y }, size))
  }
  const onPointerUp = (event: PointerEvent) => {
    const start = drag.current
    const pinching = fingers.current.size > 1
    fingers.current.delete(event.pointerId)
    // One finger lifted from a pinch: the other goes on dragging from where it is, not choosing.
    const [rest] = fingers.current.values()
    if (pinching && rest) {
      const box = event.currentTarget.getBoundingClientRect()
      drag.current = { x: rest.x + box.left, y: rest.y + box.top, moved: true }
      return
    }
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
    if (mark) chooseMark(mark)
    else {
      // The pointer is captured by the frame: the country is the shape under it (the marks' canvas
      // lets pointers through).
      const code = document.elementFromPoint(event.clientX, event.clientY)?.getAttribute('data-code')
      if (code) onToggleCountry(code)
    }
  }

  return {
    drawing,
    setDrawing,
    sketch,
    zoom,
    chooseMark,
    handlers: {
      onKeyDown,
      onPointerDown,
      onPointerMove,
      onPointerUp,
      onPointerCancel: (event: PointerEvent) => {
        fingers.current.delete(event.pointerId)
        drag.current = null
        setSketch(null)
      },
    },
  }
}
