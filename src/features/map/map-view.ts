/** How the map is zoomed and moved: a point p of the fitted world is drawn at (x + k·p.x, y + k·p.y). */
export type MapView = { k: number; x: number; y: number }

export const WHOLE_WORLD: MapView = { k: 1, x: 0, y: 0 }
const MOST_ZOOM = 40

/** The view zoomed by `factor` about a point of the frame (the pointer, a mark, the centre). */
export function zoomedAbout(
  view: MapView,
  factor: number,
  at: { x: number; y: number },
  size: Size,
): MapView {
  const k = Math.min(MOST_ZOOM, Math.max(1, view.k * factor))
  const scale = k / view.k
  return held({ k, x: at.x - (at.x - view.x) * scale, y: at.y - (at.y - view.y) * scale }, size)
}

/** The view moved by so many pixels. */
export function movedBy(view: MapView, dx: number, dy: number, size: Size): MapView {
  return held({ ...view, x: view.x + dx, y: view.y + dy }, size)
}

type Size = { width: number; height: number }

// Kept so that some of the world stays in the frame: it cannot be dragged out of sight.
function held(view: MapView, { width, height }: Size): MapView {
  const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value))
  return {
    k: view.k,
    x: clamp(view.x, width * (1 - view.k) - width * 0.25, width * 0.25),
    y: clamp(view.y, height * (1 - view.k) - height * 0.25, height * 0.25),
  }
}
