/** The map's buttons: zoom in and out, draw an area to filter by, and back to the whole world. */
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'

const messages = defineMessages({
  zoomIn: { id: 'map.zoomIn', defaultMessage: 'Zoom the map in' },
  zoomOut: { id: 'map.zoomOut', defaultMessage: 'Zoom the map out' },
  draw: { id: 'map.draw', defaultMessage: 'Draw an area to filter by' },
  drawTitle: {
    id: 'map.drawTitle',
    defaultMessage: 'Draw an area to filter by: drag a rectangle on the map',
  },
  world: { id: 'map.world', defaultMessage: 'Show the whole world' },
})
export function MapControls(props: {
  zoom: (factor: number) => void
  drawing: boolean
  onToggleDrawing: () => void
  onWholeWorld: () => void
}) {
  const t = useT()
  const { zoom, drawing, onToggleDrawing, onWholeWorld } = props
  return (
    <div className="map-zoom">
      <button type="button" className="icon-button" onClick={() => zoom(1.5)} aria-label={t(messages.zoomIn)}>
        +
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={() => zoom(1 / 1.5)}
        aria-label={t(messages.zoomOut)}
      >
        −
      </button>
      <button
        type="button"
        className="icon-button"
        aria-pressed={drawing}
        onClick={onToggleDrawing}
        aria-label={t(messages.draw)}
        title={t(messages.drawTitle)}
      >
        ▭
      </button>
      <button type="button" className="icon-button" onClick={onWholeWorld} aria-label={t(messages.world)}>
        ⟲
      </button>
    </div>
  )
}
