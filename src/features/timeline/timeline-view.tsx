import { useState } from 'react'
import 'vis-timeline/styles/vis-timeline-graph2d.min.css'
import type { TimeRange } from '../../lib/time-range'
import type { TimelineItem } from './timeline-items'
import { type TimelineLimits, type TimelineListeners, useTimelineInstance } from './use-timeline-instance'
import { useTimelineItems } from './use-timeline-items'
import { type TimelineMarker, useTimelineMarkers } from './use-timeline-markers'
import { useTimelineWindow } from './use-timeline-window'

const NO_MARKERS: readonly TimelineMarker[] = []

type TimelineViewProps = TimelineListeners & {
  items: TimelineItem[]
  markers?: readonly TimelineMarker[]
  visibleWindow: TimeRange
  selectedId: string | null
  limits: TimelineLimits
}

/**
 * The one place vis-timeline is drawn: a React component over an imperative widget, one hook per
 * concern. The instance is created once; items with the selection, and the window, are each synced
 * on their own, so a filter or a selection never rebuilds the timeline. It knows nothing of the app's
 * state: what to draw, the limits and the callbacks come in as props.
 */
export function TimelineView({
  items,
  visibleWindow,
  selectedId,
  limits,
  onChoose,
  onUserRangeChange,
  markers = NO_MARKERS,
}: TimelineViewProps) {
  const [container, setContainer] = useState<HTMLDivElement | null>(null)
  const instance = useTimelineInstance(container, limits, { onChoose, onUserRangeChange })
  useTimelineItems(instance, items, selectedId)
  useTimelineWindow(instance, visibleWindow)
  useTimelineMarkers(instance, markers)
  // The drawing is hidden from assistive technology: read as one run-on string, it said nothing the
  // event list (its text twin) does not say better.
  return <div ref={setContainer} className="timeline-canvas" aria-hidden="true" />
}
