import moment from 'moment'
import { useEffect, useEffectEvent, useRef, useState } from 'react'
import { DataSet } from 'vis-data/esnext'
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext'
import type { TimeRange } from '../../../lib/time-range'
import type { TimelineItem } from '../items/timeline-items'
import { batchItemShows } from '../patches/batch-item-shows'
import { deferItemRedraws } from '../patches/deferred-item-redraws'
import { patchLabelsBefore } from '../patches/label-before-patch'

/** An item as vis-timeline holds it; `content` is unused (the template writes the label as text). */
export type VisItem = TimelineItem & { content: string }

/** A lane as vis-timeline holds it (a group); its label is written as text by the group template. */
export type VisGroup = { id: string; content: string; label: string; title: string; order: number }

/** A live vis-timeline and the data set it draws. Made by useTimelineInstance, used by the other hooks. */
export type TimelineInstance = {
  timeline: Timeline
  items: DataSet<VisItem, 'id'>
  /** The lanes; handed to vis-timeline only while there are lanes (see use-timeline-lanes.ts). */
  groups: DataSet<VisGroup, 'id'>
  /** True while vis-timeline draws the lanes. */
  grouped: boolean
  /** What the data set holds, by vis-timeline's id (see visIdOf): for diffing, and to hand a chosen item back whole. */
  drawn: Map<string, { item: TimelineItem; key: string }>
  /** The limits the timeline was last given. */
  limits: TimelineLimits
  /** False once destroyed: the other hooks' cleanups, which run after this one's, leave it alone. */
  alive: boolean
}

/** How far the reader may zoom (the window's shortest and longest) and pan (its earliest and latest instants). */
export type TimelineLimits = { zoomMin: number; zoomMax: number; min: number; max: number }

/** How tall the drawing is: the frame's height, scrolling inside it; or as tall as its rows (a phone: the page scrolls). */
export type TimelineSizing = 'fill-frame' | 'grow-with-content'

export type TimelineListeners = {
  /** The reader chose an item (or empty space: null). */
  onChoose: (item: TimelineItem | null) => void
  /** The reader panned or zoomed; the window this code sets is not reported back. */
  onUserRangeChange: (range: TimeRange) => void
}

// Item text is built as a text node: vis-timeline would parse a string as HTML. Its own XSS filter
// stays on as a second line.
function renderItemText(item: VisItem | undefined): HTMLElement {
  // <bdi>: a title's own direction marks (an unclosed U+202E, say) stay inside it.
  const element = document.createElement('bdi')
  element.className = 'timeline-item-label'
  element.textContent = item?.label ?? ''
  // A native tooltip, as text: vis-timeline's own tooltips take HTML.
  element.title = item?.tooltip ?? ''
  // Where the frame has less room than the label wants (see label-placement.ts), it is cut to fit.
  if (item?.labelMaxPx !== undefined) element.style.maxWidth = `${item.labelMaxPx}px`
  return element
}

// A lane's label, as text, with its count in the tooltip. (vis-timeline asks for the label of its
// own group of ungrouped items too, with no data: it has none.)
function renderLaneLabel(group: VisGroup | null | undefined): HTMLElement | string {
  if (!group) return ''
  const element = document.createElement('bdi')
  element.className = 'timeline-lane-label'
  element.textContent = group.label
  element.title = group.title
  return element
}

/**
 * vis-timeline's own words for a locale: the current-time bar's title and the delete button's. Neither
 * is ever shown here (no current-time bar, no deleting; the markers carry their own titles), so every
 * locale gets its English words, only so that it is known.
 */
const UNSHOWN_WIDGET_WORDS = { current: 'current', time: 'time', deleteSelected: 'Delete selected' }

const BASE_OPTIONS: TimelineOptions = {
  // No height: vis-timeline sizes itself to its rows, held between the frame's height (it fills the
  // frame) and, unless it grows with its content (a phone), the frame's height again (it scrolls).
  minHeight: '100%',
  maxHeight: '100%',
  stack: true,
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  margin: { item: { horizontal: 4, vertical: 4 }, axis: 6 },
  orientation: { axis: 'top', item: 'top' },
  verticalScroll: true,
  // The wheel zooms, and only zooms: with vertical scrolling on and no zoom key, vis-timeline both
  // zoomed and scrolled the rows on one turn of the wheel. Rows scroll by a vertical drag, the
  // scrollbar (in lanes) or the "more below" cue.
  preferZoom: true,
  template: renderItemText,
  groupTemplate: renderLaneLabel,
  groupOrder: 'order',
  // The dataset's dates are UTC; show the axis in UTC too, whatever the reader's time zone.
  moment: (date: moment.MomentInput) => moment(date).utc(),
  xss: { disabled: false },
}

/**
 * Creates the vis-timeline once its container is in the page, and destroys it when the container goes
 * (React's Strict Mode double mount makes one and destroys it: only one is ever live). Listeners are
 * registered with `on` and removed with `off`; they always call the latest callbacks.
 */
export function useTimelineInstance(
  container: HTMLElement | null,
  { zoomMin, zoomMax, min, max }: TimelineLimits,
  { onChoose, onUserRangeChange }: TimelineListeners,
  /** Right to left (read once, when the timeline is made: vis-timeline cannot change it after). */
  rtl = false,
  /** moment.js's locale for the axis's months and days, loaded by the caller. */
  locale = 'en',
): TimelineInstance | null {
  const [instance, setInstance] = useState<TimelineInstance | null>(null)
  const choose = useEffectEvent(onChoose)
  const userRangeChange = useEffectEvent(onUserRangeChange)
  const limitsAtStart = useEffectEvent((): TimelineLimits => ({ zoomMin, zoomMax, min, max }))
  const directionAtStart = useEffectEvent(() => rtl)

  useEffect(() => {
    if (!container) return
    const items = new DataSet<VisItem, 'id'>()
    const limits = limitsAtStart()
    const timeline = new Timeline(container, items, { ...BASE_OPTIONS, ...limits, rtl: directionAtStart() })
    if (!batchItemShows(timeline)) {
      // Still correct, only slower: each new item is laid out on its own (see batch-item-shows.ts).
      console.warn('vis-timeline’s internals are not as batch-item-shows.ts expects; items show one by one.')
    }
    if (!deferItemRedraws(timeline)) {
      // Still correct, only slower: each change to the items redraws at once (see deferred-item-redraws.ts).
      console.warn(
        'vis-timeline’s internals are not as deferred-item-redraws.ts expects; items redraw at once.',
      )
    }
    if (!patchLabelsBefore(timeline)) {
      // Still drawn, only less well: near the right edge a label runs out of the frame.
      console.warn(
        'vis-timeline’s internals are not as label-before-patch.ts expects; labels stay after their dots.',
      )
    }
    const created: TimelineInstance = {
      timeline,
      items,
      groups: new DataSet<VisGroup, 'id'>(),
      grouped: false,
      drawn: new Map(),
      limits,
      alive: true,
    }
    const handleSelect = ({ items: selected }: { items: Array<string | number> }) => {
      const [first] = selected
      const item = first === undefined ? null : (created.drawn.get(String(first))?.item ?? null)
      // In lanes, vis-timeline selects the copy that was clicked: the event's other copies are
      // selected at once, without waiting for the app's answer (useTimelineItems applies it too).
      if (item?.kind === 'event') {
        const copies = [...created.drawn].filter(
          ([, drawn]) => drawn.item.kind === 'event' && drawn.item.id === item.id,
        )
        if (copies.length > selected.length) timeline.setSelection(copies.map(([visId]) => visId))
      }
      choose(item)
    }
    const handleRange = ({ start, end, byUser }: { start: Date; end: Date; byUser: boolean }) => {
      if (byUser) userRangeChange({ start: start.valueOf(), end: end.valueOf() })
    }
    timeline.on('select', handleSelect)
    timeline.on('rangechanged', handleRange)
    setInstance(created)
    return () => {
      timeline.off('select', handleSelect)
      timeline.off('rangechanged', handleRange)
      created.alive = false
      timeline.destroy()
      setInstance(null)
    }
  }, [container])

  // The axis's language (vis-timeline sets it on moment.js, which redraws the axis with it). vis-timeline
  // also looks the locale up in its own words, and warns on the console for one it lacks.
  // Each timeline is made in English (moment's own): another locale is set once it has loaded.
  const appliedLocale = useRef<{ instance: TimelineInstance; locale: string } | null>(null)
  useEffect(() => {
    if (!instance) return
    const applied = appliedLocale.current
    const current = applied?.instance === instance ? applied.locale : 'en'
    if (current === locale) return
    appliedLocale.current = { instance, locale }
    instance.timeline.setOptions({ locale, locales: { [locale]: UNSHOWN_WIDGET_WORDS } })
  }, [instance, locale])

  // Limits that change after the timeline was made (they are the app's constants today).
  useEffect(() => {
    if (!instance) return
    const { limits } = instance
    if (limits.zoomMin === zoomMin && limits.zoomMax === zoomMax && limits.min === min && limits.max === max)
      return
    instance.limits = { zoomMin, zoomMax, min, max }
    instance.timeline.setOptions(instance.limits)
  }, [instance, zoomMin, zoomMax, min, max])

  return instance
}
