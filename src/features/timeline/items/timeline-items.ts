import { localDateLabel } from '../../../components/local-date-label'
import { statusLabel } from '../../../components/status-badge'
import { t } from '../../../i18n/i18n-store'
import { defineMessages } from '../../../i18n/messages'
import type { TimelineEvent } from './timeline-event'

const messages = defineMessages({
  tip: { id: 'timeline.tip', defaultMessage: '{title} — {date}' },
  tipStatus: { id: 'timeline.tipStatus', defaultMessage: '{title} — {date} ({status})' },
})

const HALF_DAY = 43_200_000

/**
 * What the timeline draws: an event, a bar counting the events in a stretch of time (a large story's
 * density), or a band behind everything over a long interval such as an era (see era-bands.ts).
 * `label` is plain text: it is never parsed as HTML.
 */
export type TimelineItem = {
  kind: 'event' | 'count' | 'band'
  id: string
  type: 'point' | 'range' | 'background'
  start: number
  end?: number
  /**
   * Where a bar is drawn to, when short of its end: a counting bar leaves a gap before the next
   * period's, because vis-timeline stacks items closer than its horizontal margin (4 px) in rows, and
   * side-by-side bars that touched were drawn alternately in two rows. `end` stays what it counts.
   */
  drawnEnd?: number
  label: string
  /** The whole of what the item stands for, in words, shown on hover (the label may be cut short). */
  tooltip: string
  className: string
  /** The lane it is drawn in (see lanes.ts); none when the timeline has one lane. */
  lane?: string
  /** Drawn before its dot, not after it (a point near the right edge; see label-placement.ts). */
  labelSide?: 'before'
  /** The widest its label may be drawn, where the frame has less room than the label wants. */
  labelMaxPx?: number
}

/**
 * Maps an event to a timeline item so that its precision shows: a time is a point; a day is a point
 * at the middle of its day, or with `daysAsBars` (a window of a few days) a bar over it; anything coarser (a month, a year, an interval) is a bar over the whole span it
 * may cover, so "July 2023" is not drawn as if it happened on 1 July.
 */
export function eventToTimelineItem(
  event: TimelineEvent,
  options: { filteredOut?: boolean; daysAsBars?: boolean } = {},
): TimelineItem {
  const { when } = event
  const classes = [`status-${event.status}`, `precision-${when.precision}`]
  if (when.uncertain) classes.push('is-uncertain')
  if (when.approximate) classes.push('is-approximate')
  if (!Number.isFinite(when.earliest)) classes.push('is-open-start')
  if (!Number.isFinite(when.latest)) classes.push('is-open-end')
  if (options.filteredOut) classes.push('is-filtered-out')

  const tooltip =
    event.status === 'occurred'
      ? t(messages.tip, { title: event.title, date: localDateLabel(when) })
      : t(messages.tipStatus, {
          title: event.title,
          date: localDateLabel(when),
          status: statusLabel(event.status).toLowerCase(),
        })
  // Zoomed in to a few days, a day is a bar over the whole day: a point at noon would claim an hour.
  const pointLike =
    when.shape === 'point' && (when.precision === 'time' || (when.precision === 'day' && !options.daysAsBars))
  if (pointLike) {
    const start = when.precision === 'day' ? when.anchor + HALF_DAY : when.anchor
    return {
      kind: 'event',
      id: event.id,
      type: 'point',
      start,
      label: event.title,
      tooltip,
      className: classes.join(' '),
    }
  }
  const { span } = event
  return {
    kind: 'event',
    id: event.id,
    type: 'range',
    start: span.start,
    end: span.end,
    label: event.title,
    tooltip,
    className: classes.join(' '),
  }
}
