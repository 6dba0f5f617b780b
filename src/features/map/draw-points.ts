import { type Cluster, markRadius, onlyEvent } from './point-clusters'

const MARK = '#d95f02'
const SELECTED = '#111827'

/**
 * Draws the marks on the canvas (a canvas, not an element a mark: 100,000 events stay at frame rate):
 * one event a dot, several (or an engine's cell, however few it counts) a larger disc with their
 * count; the selected event ringed.
 */
export function drawPoints(
  canvas: HTMLCanvasElement,
  clusters: readonly Cluster[],
  selected: { x: number; y: number } | null,
): void {
  const context = canvas.getContext('2d')
  if (!context) return
  const ratio = window.devicePixelRatio || 1
  const width = canvas.clientWidth
  const height = canvas.clientHeight
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio)
    canvas.height = Math.round(height * ratio)
  }
  context.setTransform(ratio, 0, 0, ratio, 0, 0)
  context.clearRect(0, 0, width, height)
  context.lineWidth = 1.5
  context.strokeStyle = '#ffffff'
  context.fillStyle = MARK
  for (const cluster of clusters) {
    context.beginPath()
    context.arc(cluster.x, cluster.y, markRadius(cluster), 0, Math.PI * 2)
    context.globalAlpha = onlyEvent(cluster) === null ? 0.8 : 0.9
    context.fill()
    context.globalAlpha = 1
    context.stroke()
  }
  context.fillStyle = '#ffffff'
  context.font = '600 11px system-ui, sans-serif'
  context.textAlign = 'center'
  context.textBaseline = 'middle'
  for (const cluster of clusters) {
    if (onlyEvent(cluster) === null) context.fillText(compactCount(cluster.count), cluster.x, cluster.y)
  }
  if (selected) {
    context.beginPath()
    context.arc(selected.x, selected.y, 9, 0, Math.PI * 2)
    context.lineWidth = 3
    context.strokeStyle = SELECTED
    context.stroke()
  }
}

// "12", "1.2k", "45k": a count that fits in its disc.
function compactCount(count: number): string {
  if (count < 1000) return String(count)
  return count < 10_000 ? `${(count / 1000).toFixed(1)}k` : `${Math.round(count / 1000)}k`
}
