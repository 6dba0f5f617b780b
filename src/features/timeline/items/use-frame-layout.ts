import { useLayoutEffect, useMemo, useState } from 'react'
import type { LabelLayout } from './label-placement'

/**
 * The timeline frame's width, followed as it resizes, and a measure of how wide a label's text is
 * drawn in the timeline's font. Measured before the first paint (a layout effect), so a phone's
 * timeline is drawn for its own width from the start; only a change in width re-renders.
 */
export function useFrameLayout(frame: HTMLElement | null): LabelLayout | undefined {
  const [widthPx, setWidthPx] = useState<number>()
  useLayoutEffect(() => {
    if (!frame) return
    const measure = () => setWidthPx(frame.clientWidth)
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(frame)
    return () => observer.disconnect()
  }, [frame])
  const textWidth = useMemo(() => (frame ? labelTextWidth(frame) : undefined), [frame])
  return widthPx === undefined || !textWidth ? undefined : { widthPx, textWidth }
}

/** Item labels are 0.8 rem (timeline.css: .timeline-canvas .vis-timeline). */
const LABEL_REM = 0.8

function labelTextWidth(frame: HTMLElement): (text: string) => number {
  const rootPx = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16
  const fontPx = rootPx * LABEL_REM
  const context = canvasContext()
  // Without a canvas (a test's DOM), an average character's width.
  if (!context) return (text) => text.length * fontPx * 0.55
  context.font = `${fontPx}px ${getComputedStyle(frame).fontFamily}`
  const known = new Map<string, number>()
  return (text) => {
    let width = known.get(text)
    if (width === undefined) {
      width = context.measureText(text).width
      known.set(text, width)
    }
    return width
  }
}

function canvasContext(): CanvasRenderingContext2D | null {
  // jsdom has canvases without a 2D context (and says so loudly): its user agent names it.
  if (typeof navigator !== 'undefined' && navigator.userAgent.includes('jsdom')) return null
  try {
    return document.createElement('canvas').getContext('2d')
  } catch {
    return null
  }
}
