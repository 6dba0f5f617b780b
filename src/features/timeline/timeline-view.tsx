import moment from 'moment'
import { useEffect, useRef } from 'react'
import { DataSet } from 'vis-data/esnext'
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext'
import 'vis-timeline/styles/vis-timeline-graph2d.min.css'
import { MAX_WINDOW_MS, MIN_WINDOW_MS, sameWindow } from '../../state/time-window'
import type { TimeWindow } from '../../state/view-state'
import { batchItemShows } from './batch-item-shows'
import type { TimelineItem } from './timeline-items'

type VisItem = TimelineItem & { content: string }

type TimelineViewProps = {
  items: TimelineItem[]
  visibleWindow: TimeWindow
  selectedId: string | null
  onSelect: (id: string | null) => void
  onWindowChange: (visibleWindow: TimeWindow) => void
}

// Item text is built as a text node: vis-timeline would parse a string as HTML. Its own XSS
// filter stays on as a second line.
function renderItemText(item: VisItem | undefined): HTMLElement {
  const element = document.createElement('span')
  element.className = 'timeline-item-label'
  element.textContent = item?.label ?? ''
  return element
}

const OPTIONS: TimelineOptions = {
  height: '100%',
  stack: true,
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  zoomMin: MIN_WINDOW_MS,
  zoomMax: MAX_WINDOW_MS,
  margin: { item: { horizontal: 4, vertical: 6 }, axis: 6 },
  orientation: { axis: 'top', item: 'top' },
  verticalScroll: true,
  template: renderItemText,
  // The dataset's dates are UTC; show the axis in UTC too, whatever the reader's time zone.
  moment: (date: moment.MomentInput) => moment(date).utc(),
  xss: { disabled: false },
}

const itemKey = (item: TimelineItem) =>
  `${item.type}|${item.start}|${item.end}|${item.className}|${item.label}`

/**
 * The one place vis-timeline is used. The instance is created once; items, window and selection are
 * each synced on their own, so a filter or a selection never rebuilds the timeline.
 */
export function TimelineView({
  items,
  visibleWindow,
  selectedId,
  onSelect,
  onWindowChange,
}: TimelineViewProps) {
  const containerRef = useRef<HTMLDivElement>(null)
  const timelineRef = useRef<Timeline | null>(null)
  const dataRef = useRef<{ set: DataSet<VisItem, 'id'>; keys: Map<string, string> } | null>(null)
  const callbacks = useRef({ onSelect, onWindowChange })
  useEffect(() => {
    callbacks.current = { onSelect, onWindowChange }
  })

  useEffect(() => {
    const container = containerRef.current
    if (!container) return
    const set = new DataSet<VisItem, 'id'>()
    dataRef.current = { set, keys: new Map() }
    const timeline = new Timeline(container, set, OPTIONS)
    batchItemShows(timeline)
    timelineRef.current = timeline

    const handleSelect = ({ items: selected }: { items: Array<string | number> }) => {
      const [first] = selected
      callbacks.current.onSelect(first === undefined ? null : String(first))
    }
    // Only the reader's own pans and zooms are written back; the ones this code made are not.
    const handleRange = ({ start, end, byUser }: { start: Date; end: Date; byUser: boolean }) => {
      if (byUser) callbacks.current.onWindowChange({ start: start.valueOf(), end: end.valueOf() })
    }
    timeline.on('select', handleSelect)
    timeline.on('rangechanged', handleRange)
    return () => {
      timeline.off('select', handleSelect)
      timeline.off('rangechanged', handleRange)
      timeline.destroy()
      timelineRef.current = null
      dataRef.current = null
    }
  }, [])

  useEffect(() => {
    const data = dataRef.current
    if (!data) return
    const nextIds = new Set(items.map((item) => item.id))
    const removed = [...data.keys.keys()].filter((id) => !nextIds.has(id))
    const changed = items.filter((item) => data.keys.get(item.id) !== itemKey(item))
    if (removed.length) data.set.remove(removed)
    if (changed.length) data.set.update(changed.map((item) => ({ ...item, content: '' })))
    for (const id of removed) data.keys.delete(id)
    for (const item of changed) data.keys.set(item.id, itemKey(item))
  }, [items])

  useEffect(() => {
    const timeline = timelineRef.current
    if (!timeline) return
    const shown = timeline.getWindow()
    if (!sameWindow({ start: shown.start.valueOf(), end: shown.end.valueOf() }, visibleWindow)) {
      timeline.setWindow(visibleWindow.start, visibleWindow.end, { animation: false })
    }
  }, [visibleWindow])

  // biome-ignore lint/correctness/useExhaustiveDependencies: re-apply the selection once the items it names exist
  useEffect(() => {
    const timeline = timelineRef.current
    if (!timeline) return
    const current = timeline.getSelection().map(String)
    const wanted = selectedId && dataRef.current?.keys.has(selectedId) ? [selectedId] : []
    if (current.join() !== wanted.join()) timeline.setSelection(wanted)
  }, [selectedId, items])

  return <div ref={containerRef} className="timeline-canvas" data-testid="timeline-canvas" />
}
