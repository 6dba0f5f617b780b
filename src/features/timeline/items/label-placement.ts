import type { TimeRange } from '../../../lib/time-range'
import type { TimelineItem } from './timeline-items'

/** The room a label takes beyond its text: the dot, the content's padding and the gap to the next item. */
const LABEL_EXTRA_PX = 22
/** The widest a label is drawn (its CSS max-width, 24em at 12.8 px). */
export const WIDEST_LABEL_PX = 307
/** A bar's label's padding inside the bar. */
const BAR_PADDING_PX = 12
/** A label is never squeezed below this: a few words and an ellipsis. */
const NARROWEST_LABEL_PX = 60

/** How the timeline is laid out across: its width, and how wide a label's text is drawn. */
export type LabelLayout = { widthPx: number; textWidth: (text: string) => number }

/**
 * Keeps every label inside the timeline's frame. A point's label is drawn after its dot; where the
 * frame's right edge would cut it, it goes before the dot if there is room there; where neither side
 * has room (a phone), it takes the wider side and is shortened to fit, with an ellipsis (the whole
 * title is in its tooltip and the event list). A bar that runs past the right edge has its label
 * shortened to the part of it in view; a bar too short for its label has it drawn after its end when
 * the frame has room there. Items out of view are left as they are.
 */
export function placeLabels(items: TimelineItem[], shown: TimeRange, layout: LabelLayout): TimelineItem[] {
  const { widthPx } = layout
  const perMs = widthPx / (shown.end - shown.start)
  const x = (instant: number) => (instant - shown.start) * perMs
  return items.map((item) => {
    if (item.kind !== 'event') return item
    const start = x(item.start)
    const text = Math.min(layout.textWidth(item.label), WIDEST_LABEL_PX)
    if (item.type === 'range') {
      const end = x(item.end ?? item.start)
      if (end <= 0 || start >= widthPx) return item
      // vis-timeline keeps a bar's label in the part of the bar in view, and cuts it at the bar's end
      // (or the frame's): shortened to that, it ends in an ellipsis rather than mid-letter.
      const room = Math.min(end, widthPx) - Math.max(start, 0) - BAR_PADDING_PX
      if (text <= room) return item
      // A bar too short for its label (a year or two of a century): where the frame has more room
      // after the bar's end than inside it, the label is drawn there, whole or shortened to that room
      // (vis-timeline then stacks the bar and its label as one; .label-past-bar in timeline.css).
      const roomAfter = widthPx - end - LABEL_EXTRA_PX
      if (start >= 0 && end < widthPx && roomAfter > room && roomAfter >= NARROWEST_LABEL_PX)
        return text <= roomAfter ? labelledPastBar(item) : shortened(labelledPastBar(item), roomAfter)
      return { ...item, labelMaxPx: Math.max(Math.floor(room), 0) }
    }
    if (start < 0 || start > widthPx) return item
    const need = text + LABEL_EXTRA_PX
    const after = widthPx - start
    if (need <= after) return item
    const before = start
    if (need <= before) return labelledBefore(item)
    if (after >= before) return shortened(item, after - LABEL_EXTRA_PX)
    return labelledBefore(shortened(item, before - LABEL_EXTRA_PX))
  })
}

function shortened(item: TimelineItem, room: number): TimelineItem {
  return { ...item, labelMaxPx: Math.max(Math.floor(room), NARROWEST_LABEL_PX) }
}

function labelledPastBar(item: TimelineItem): TimelineItem {
  return { ...item, className: `${item.className} label-past-bar` }
}

function labelledBefore(item: TimelineItem): TimelineItem {
  return { ...item, labelSide: 'before', className: `${item.className} label-before` }
}
