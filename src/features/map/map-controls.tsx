/** The map's buttons: zoom in and out, draw an area to filter by, and back to the whole world. */
export function MapControls(props: {
  zoom: (factor: number) => void
  drawing: boolean
  onToggleDrawing: () => void
  onWholeWorld: () => void
}) {
  const { zoom, drawing, onToggleDrawing, onWholeWorld } = props
  return (
    <div className="map-zoom">
      <button type="button" className="icon-button" onClick={() => zoom(1.5)} aria-label="Zoom the map in">
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
        onClick={onToggleDrawing}
        aria-label="Draw an area to filter by"
        title="Draw an area to filter by: drag a rectangle on the map"
      >
        ▭
      </button>
      <button type="button" className="icon-button" onClick={onWholeWorld} aria-label="Show the whole world">
        ⟲
      </button>
    </div>
  )
}
