import { useEffect } from 'react'
import type { TimelineInstance } from './use-timeline-instance'

/** A vertical line across the timeline at one instant, with a short label (the publication date, say). */
export type TimelineMarker = { id: string; at: number; label: string }

/**
 * Draws the markers as vis-timeline's custom time bars, fixed in place (not draggable). Marker labels
 * are this app's own words, but vis-timeline writes them as HTML: they are escaped all the same.
 */
export function useTimelineMarkers(
  instance: TimelineInstance | null,
  markers: readonly TimelineMarker[],
): void {
  useEffect(() => {
    if (!instance) return
    // setCustomTimeMarker is in vis-timeline (since 4.2) but not in its type declarations.
    const timeline = instance.timeline as typeof instance.timeline & {
      setCustomTimeMarker(title: string, id: string, editable: boolean): void
    }
    for (const marker of markers) {
      const id = `marker-${marker.id}`
      timeline.addCustomTime(marker.at, id)
      timeline.setCustomTimeMarker(escapeHtml(marker.label), id, false)
      timeline.setCustomTimeTitle(marker.label, id)
    }
    return () => {
      if (!instance.alive) return
      for (const marker of markers) timeline.removeCustomTime(`marker-${marker.id}`)
    }
  }, [instance, markers])
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}
