import { type PointerEvent, useRef, useState } from 'react'
import type { TimeWindow } from '../../state/view-state'
import type { FrameBin } from './density-bins'

/** Where the window lies over the bars, in bars from the left (fractions within a bar by time). */
export type Band = { from: number; to: number }

type Grip = 'start' | 'end'

/**
 * The timeline's window drawn over the overview as a brush: drag a handle to move one end of the
 * window. Its middle lets the pointer through, so a drag across the bars still draws a new window
 * anywhere, even over the whole span after Fit all. The window is set when the drag ends (the
 * timeline redraws once); while it lasts the brush follows the pointer. Never narrower than its two
 * handles, however short the window.
 */
export function WindowBrush({
  bins,
  band,
  onWindowChange,
  rtl = false,
}: {
  bins: FrameBin[]
  band: Band
  onWindowChange: (visibleWindow: TimeWindow) => void
  /** Right to left, the bars run leftwards: a drag to the left moves later. */
  rtl?: boolean
}) {
  const [dragged, setDragged] = useState<Band | null>(null)
  const drag = useRef<{ grip: Grip; x: number; band: Band; barPx: number } | null>(null)
  const shown = dragged ?? band

  const start = (grip: Grip) => (event: PointerEvent<HTMLElement>) => {
    const overlay = event.currentTarget.closest('.density-overlay')
    if (!overlay || event.button !== 0) return
    event.preventDefault()
    event.stopPropagation()
    event.currentTarget.setPointerCapture(event.pointerId)
    drag.current = { grip, x: event.clientX, band, barPx: overlay.clientWidth / Math.max(bins.length, 1) }
  }
  const move = (event: PointerEvent<HTMLElement>) => {
    const current = drag.current
    if (!current) return
    setDragged(
      moved(
        current.band,
        current.grip,
        ((event.clientX - current.x) * (rtl ? -1 : 1)) / current.barPx,
        bins.length,
      ),
    )
  }
  const end = () => {
    const current = drag.current
    drag.current = null
    if (!current || !dragged) return setDragged(null)
    setDragged(null)
    onWindowChange({ start: instantAt(bins, dragged.from), end: instantAt(bins, dragged.to) })
  }
  const handlers = { onPointerMove: move, onPointerUp: end, onPointerCancel: end }
  const width = ((shown.to - shown.from) / Math.max(bins.length, 1)) * 100
  const left = (shown.from / Math.max(bins.length, 1)) * 100
  return (
    <div
      className="density-window"
      data-dragging={dragged !== null}
      style={{
        // A window too short to see is drawn 14 px wide, centred on where it is.
        insetInlineStart: `calc(${left}% + min(0px, (${width}% - 14px) / 2))`,
        width: `max(14px, ${width}%)`,
      }}
    >
      <span className="brush-handle brush-start" onPointerDown={start('start')} {...handlers} />
      <span className="brush-handle brush-end" onPointerDown={start('end')} {...handlers} />
    </div>
  )
}

function moved(band: Band, grip: Grip, by: number, bars: number): Band {
  const clamp = (value: number) => Math.min(Math.max(value, 0), bars)
  if (grip === 'start') return { from: clamp(Math.min(band.from + by, band.to - 0.05)), to: band.to }
  return { from: band.from, to: clamp(Math.max(band.to + by, band.from + 0.05)) }
}

/** The instant at a place over the bars (the inverse of windowBand in density-chart.tsx). */
export function instantAt(bins: FrameBin[], position: number): number {
  const index = Math.min(Math.max(Math.floor(position), 0), bins.length - 1)
  const bin = bins[index]
  if (!bin) return 0
  const within = Math.min(Math.max(position - index, 0), 1)
  return bin.start + within * (bin.end - bin.start)
}
