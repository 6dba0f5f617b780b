import { useState } from 'react'
import 'vis-timeline/styles/vis-timeline-graph2d.min.css'
import { t } from '../../../i18n/i18n-store'
import { defineMessages } from '../../../i18n/messages'
import type { TimeRange } from '../../../lib/time-range'
import type { TimelineItem } from '../items/timeline-items'
import type { Lane } from '../lanes/lanes'
import { scrollByViews } from '../patches/vertical-scroll'
import {
  type TimelineLimits,
  type TimelineListeners,
  type TimelineSizing,
  useTimelineInstance,
} from './use-timeline-instance'
import { selectedVisIds, useTimelineItems } from './use-timeline-items'
import { useTimelineLanes } from './use-timeline-lanes'
import { type TimelineMarker, useTimelineMarkers } from './use-timeline-markers'
import { useTimelineOverflow } from './use-timeline-overflow'
import { useTimelineSizing } from './use-timeline-sizing'
import { useTimelineWindow } from './use-timeline-window'

const messages = defineMessages({
  moreLanes: {
    id: 'timeline.moreLanes',
    defaultMessage: '{count, plural, one {# more lane} other {# more lanes}}',
  },
  above: { id: 'timeline.moreAbove', defaultMessage: '{more} above' },
  below: { id: 'timeline.moreBelow', defaultMessage: '{more} below' },
  more: { id: 'timeline.more', defaultMessage: '{count, number} more' },
})

const NO_MARKERS: readonly TimelineMarker[] = []

type TimelineViewProps = TimelineListeners & {
  items: TimelineItem[]
  /** The lanes the items are drawn in (each item names its lane); null: one lane. */
  lanes?: readonly Lane[] | null
  markers?: readonly TimelineMarker[]
  visibleWindow: TimeRange
  selectedId: string | null
  limits: TimelineLimits
  /** Fill the frame and scroll inside it (the default), or grow with the rows. */
  sizing?: TimelineSizing
  /** Drawn right to left (time runs leftwards), for a language read so; read when first drawn. */
  rtl?: boolean
  /** moment.js's locale for the axis (its file loaded by the caller). */
  locale?: string
}

/**
 * The one place vis-timeline is drawn: a React component over an imperative widget, one hook per
 * concern. The instance is created once; items with the selection, and the window, are each synced
 * on their own, so a filter or a selection never rebuilds the timeline. It knows nothing of the app's
 * state: what to draw, the limits and the callbacks come in as props.
 */
export function TimelineView({
  items,
  lanes = null,
  visibleWindow,
  selectedId,
  limits,
  onChoose,
  onUserRangeChange,
  markers = NO_MARKERS,
  sizing = 'fill-frame',
  rtl = false,
  locale = 'en',
}: TimelineViewProps) {
  const [container, setContainer] = useState<HTMLDivElement | null>(null)
  const instance = useTimelineInstance(container, limits, { onChoose, onUserRangeChange }, rtl, locale)
  // Lanes first: an item names its lane, which must exist when the item arrives.
  useTimelineLanes(instance, lanes)
  useTimelineItems(instance, items, selectedId)
  useTimelineWindow(instance, visibleWindow)
  useTimelineMarkers(instance, markers)
  useTimelineSizing(instance, sizing)
  const selectedVisId = selectedId ? (selectedVisIds(items, selectedId)[0] ?? null) : null
  const overflow = useTimelineOverflow(instance, selectedVisId)
  const scroll = (views: number) => instance && scrollByViews(instance.timeline, views)
  // The drawing is hidden from assistive technology: read as one run-on string, it said nothing the
  // event list (its text twin) does not say better. Without groups vis-timeline draws no scrollbar:
  // the cues say what is out of sight, and scroll to it.
  return (
    <>
      <div ref={setContainer} className="timeline-canvas" data-sizing={sizing} aria-hidden="true" />
      {overflow.above > 0 && (
        <button type="button" className="timeline-more timeline-more-above" onClick={() => scroll(-1)}>
          <span aria-hidden="true">↑</span>{' '}
          {t(messages.above, { more: moreText(overflow.above, overflow.unit) })}
        </button>
      )}
      {overflow.below > 0 && (
        <button type="button" className="timeline-more timeline-more-below" onClick={() => scroll(1)}>
          <span aria-hidden="true">↓</span>{' '}
          {t(messages.below, { more: moreText(overflow.below, overflow.unit) })}
        </button>
      )}
    </>
  )
}

const moreText = (count: number, unit: 'events' | 'lanes') =>
  unit === 'lanes' ? t(messages.moreLanes, { count }) : t(messages.more, { count })
