import { type CSSProperties, type KeyboardEvent, memo, useMemo, useState } from 'react'
import { EngineProblem } from '../../components/engine-problem/engine-problem'
import { useStackedLayout } from '../../components/use-stacked-layout'
import { finiteEnd } from '../../dataset/dates/story-date'
import { type LaneKey, offeredLanes } from '../../state/facets/facet-table'
import { askingProblem } from '../../state/query/asking-problem'
import type { StoryFacts } from '../../state/shown-story'
import {
  fullWindow,
  isEventInWindow,
  MAX_WINDOW_MS,
  panWindow,
  VIEW_END,
  VIEW_START,
  windowFitting,
  zoomWindow,
} from '../../state/time-window'
import type { ActiveFilters, TimeWindow } from '../../state/view-state'
import { TimelineImageButtons } from './image/timeline-image-buttons'
import { eraBands } from './items/era-bands'
import { placeLabels } from './items/label-placement'
import { barsPerWindow, readableItems, timelineContent } from './items/timeline-content'
import type { TimelineEvent } from './items/timeline-event'
import type { TimelineItem } from './items/timeline-items'
import { useFrameLayout } from './items/use-frame-layout'
import { useTimelineMatching, useTimelineWindow } from './items/use-timeline-answers'
import { laneColumnPx } from './lanes/lane-column'
import { LanePicker } from './lanes/lane-picker'
import { TimelineLegend } from './timeline-legend'
import { TimelineView } from './widget/timeline-view'
import { TimelineNothingInView } from './window/timeline-nothing-in-view'
import { formatWindow } from './window/window-label'
import './timeline.css'
import { useDateLabel } from '../../components/use-date-label'
import { isolated } from '../../i18n/isolated'
import { directionOf } from '../../i18n/languages'
import { defineMessages } from '../../i18n/messages'
import { useLanguage, useT } from '../../i18n/use-t'
import { useMomentLocale } from './widget/use-moment-locale'

const messages = defineMessages({
  published: { id: 'timeline.published', defaultMessage: 'Published {date}' },
  only: { id: 'timeline.caption.only', defaultMessage: '{window} · only {filters}' },
  legend: {
    id: 'timeline.caption.legend',
    defaultMessage:
      'Box: a month, year or period, drawn over its span · dashed: scheduled · red: alleged · hollow: uncertain or “on or before”',
  },
  source: { id: 'timeline.caption.source', defaultMessage: 'Source: {title}' },
  sourcePublished: {
    id: 'timeline.caption.sourcePublished',
    defaultMessage: 'Source: {title}, published {date}',
  },
  timeline: { id: 'panel.timeline', defaultMessage: 'Timeline' },
  zoom: { id: 'timeline.zoom', defaultMessage: 'Timeline zoom' },
  zoomIn: { id: 'timeline.zoomIn', defaultMessage: 'Zoom in' },
  zoomOut: { id: 'timeline.zoomOut', defaultMessage: 'Zoom out' },
  fitAll: { id: 'timeline.fitAll', defaultMessage: 'Fit all' },
  canvas: { id: 'timeline.canvas', defaultMessage: 'Timeline canvas' },
  keys: {
    id: 'timeline.keys',
    defaultMessage:
      'Left and right arrows select the previous or next event; plus and minus zoom; Page Up and Page Down pan; 0 fits all events.',
  },
})

type TimelinePanelProps = {
  story: StoryFacts
  /** The shortest window it may be zoomed to (six hours where some event has a time of day, else a day). */
  shortestWindow: number
  /** The events drawn are those these filters let through, asked of the open story's answerer. */
  filters: ActiveFilters
  selected: TimelineEvent | undefined
  /** The selected event is not among those the filters let through (drawn as filtered out). */
  selectedHidden: boolean
  visibleWindow: TimeWindow
  /** What the lanes divide the events by; null: one lane. */
  lanes: LaneKey | null
  /** The active filters in words, for the note when nothing matches. */
  filtersInWords: string
  /** An event chosen on the timeline (null: empty space). */
  onSelect: (id: string | null) => void
  /** The arrow keys: the previous or next event. */
  onStep: (direction: -1 | 1) => void
  /** Panning, zooming, fitting all or a counting bar chosen. */
  onWindowChange: (window: TimeWindow) => void
  onClearFilters: () => void
  /** The status legend and the lane picker; absent in story mode, where the timeline follows the steps. */
  legend?: TimelineLegendProps
}

/** What the legend shows and changes: the status filter (its chips) and the lanes. */
export type TimelineLegendProps = {
  /** The statuses chosen, and each status's count. */
  statusFilter: { chosen: readonly string[]; counts: ReadonlyMap<string, number> }
  onToggleStatus: (status: string) => void
  onLanesChange: (key: LaneKey | null) => void
}

/** The zoomable timeline with its controls, keyboard and legend. */
export const TimelinePanel = memo(function TimelinePanel({
  story,
  shortestWindow,
  filters,
  selected,
  selectedHidden,
  visibleWindow,
  lanes,
  filtersInWords,
  onSelect,
  onStep,
  onWindowChange,
  onClearFilters,
  legend,
}: TimelinePanelProps) {
  const t = useT()
  const dateLabel = useDateLabel()
  const { language } = useLanguage()
  // Right to left, time runs leftwards: the timeline is drawn mirrored and the arrows follow it.
  const rtl = directionOf(language) === 'rtl'
  const [frame, setFrame] = useState<HTMLDivElement | null>(null)
  const limits = useMemo(
    () => ({ zoomMin: shortestWindow, zoomMax: MAX_WINDOW_MS, min: VIEW_START, max: VIEW_END }),
    [shortestWindow],
  )
  // The line between what the source reports and what it announces: the end of its publication day.
  const markers = useMemo(
    () =>
      story.published
        ? [
            {
              id: 'published',
              at: finiteEnd(story.published),
              label: t(messages.published, { date: dateLabel(story.published) }),
            },
          ]
        : [],
    [story.published, t, dateLabel],
  )
  const frameLayout = useFrameLayout(frame)
  const momentLocale = useMomentLocale(language)
  // An image's caption: what it shows and where it comes from (read when the image is made).
  // SVG text has no <bdi>: the story's words in a line of the interface's are isolated with FSI…PDI,
  // so that an English title's closing bracket stays with it in an Arabic line.
  const caption = () => ({
    title: story.dataset.title,
    lines: [
      filtersInWords
        ? t(messages.only, { window: formatWindow(visibleWindow), filters: isolated(filtersInWords) })
        : formatWindow(visibleWindow),
      // The legend, in words: the image goes where the page's legend does not.
      t(messages.legend),
      story.published
        ? t(messages.sourcePublished, {
            title: isolated(story.dataset.source.title),
            date: dateLabel(story.published),
          })
        : t(messages.source, { title: isolated(story.dataset.source.title) }),
    ],
  })
  const chosen = useMemo(
    () => (selected ? { event: selected, hidden: selectedHidden } : undefined),
    [selected, selectedHidden],
  )
  // All time's first events (all of them while few) and the lanes: asked of the story's answerer.
  const matching = useTimelineMatching(story, filters, lanes, chosen)
  const { all, division } = matching
  // In lanes, their labels take a column at the left: the items are laid out in what is left.
  const laneColumn = division && frameLayout ? laneColumnPx(division.lanes, frameLayout) : 0
  const layout = useMemo(
    () => frameLayout && { ...frameLayout, widthPx: frameLayout.widthPx - laneColumn },
    [frameLayout, laneColumn],
  )
  // How many events the width shows one by one, and how many counting bars fit across it.
  const width = useMemo(
    () => (layout ? { readable: readableItems(layout.widthPx), bars: barsPerWindow(layout.widthPx) } : null),
    [layout],
  )
  // Past what the window shows whole, the window's own questions (zooming and panning ask again).
  const near = useTimelineWindow(filters, visibleWindow, all, width, lanes)
  const counting = matching.counting || near.counting
  // Its events, its bars, its lanes: one problem for the timeline, one Try again for what failed.
  const problem = askingProblem(matching.problem, near.problem)
  // Stacked (a phone), the drawing grows with its rows and the page scrolls: no panel scrolls inside it.
  const stacked = useStackedLayout()
  // Nothing is drawn until the frame is measured (before the first paint): drawn with a guess, a large
  // story's bars would be made twice. Every label is then kept inside the frame.
  const drawing = useMemo(
    () =>
      width && timelineContent(near.answers, chosen, visibleWindow, width.readable, division ?? undefined),
    [near.answers, chosen, visibleWindow, width, division],
  )
  const storySpan = story.extent.end - story.extent.start
  const bands = useMemo(() => (drawing ? eraBands(drawing.events, storySpan) : []), [drawing, storySpan])
  const items = useMemo(
    () => (drawing && layout ? [...bands, ...placeLabels(drawing.items, visibleWindow, layout)] : []),
    [drawing, bands, visibleWindow, layout],
  )
  // Whether some matching event lies in the window: from the events when all are drawn, else asked.
  const whole = all !== undefined && width !== null && all.total <= width.readable
  const someInView = whole
    ? all.rows.some((row) => row.start < visibleWindow.end && row.end > visibleWindow.start)
    : near.answers.inView === undefined
      ? undefined
      : near.answers.inView > 0
  // "Show them": every matching event in view; of a story not drawn whole, from the first's start to
  // the last's end (an earlier event ending later is not waited for).
  const showMatching = () => {
    if (!all) return
    const spans = all.rows.map((row) => ({ span: { start: row.start, end: row.end } }))
    if (!whole && near.last !== undefined && spans[0])
      spans.push({ span: { start: spans[0].span.start, end: near.last } })
    onWindowChange(windowFitting(spans))
  }
  // Choosing a bar that counts events zooms into its stretch of time; choosing an event selects it.
  const choose = (item: TimelineItem | null) => {
    if (item?.kind === 'count' && item.end !== undefined) onWindowChange({ start: item.start, end: item.end })
    else onSelect(item?.id ?? null)
  }
  // Zooming keeps the selected event in view: it zooms around the event when it is on screen.
  const zoom = (factor: number) => {
    const around =
      selected && isEventInWindow(selected, visibleWindow)
        ? Math.min(
            Math.max((selected.span.start + selected.span.end) / 2, visibleWindow.start),
            visibleWindow.end,
          )
        : undefined
    onWindowChange(zoomWindow(visibleWindow, factor, around))
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const run = keyCommand(event.key)
    if (!run) return
    event.preventDefault()
    run()
  }
  const keyCommand = (key: string): (() => void) | null => {
    switch (key) {
      case 'ArrowLeft':
        return () => onStep(rtl ? 1 : -1)
      case 'ArrowRight':
        return () => onStep(rtl ? -1 : 1)
      case '+':
      case '=':
        return () => zoom(0.5)
      case '-':
        return () => zoom(2)
      case '0':
        return () => onWindowChange(fullWindow(story))
      case 'PageUp':
        return () => onWindowChange(panWindow(visibleWindow, -0.5))
      case 'PageDown':
        return () => onWindowChange(panWindow(visibleWindow, 0.5))
      default:
        return null
    }
  }

  return (
    <section className="panel timeline-panel" aria-labelledby="timeline-title">
      <div className="panel-header">
        <h2 id="timeline-title">{t(messages.timeline)}</h2>
        <span className="panel-meta" aria-live="polite">
          {formatWindow(visibleWindow)}
        </span>
        <div className="button-row" role="toolbar" aria-label={t(messages.zoom)}>
          <button type="button" className="icon-button" onClick={() => zoom(0.5)} aria-keyshortcuts="+">
            {t(messages.zoomIn)}
          </button>
          <button type="button" className="icon-button" onClick={() => zoom(2)} aria-keyshortcuts="-">
            {t(messages.zoomOut)}
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={() => onWindowChange(fullWindow(story))}
            aria-keyshortcuts="0"
          >
            {t(messages.fitAll)}
          </button>
        </div>
      </div>
      <EngineProblem
        error={problem.error}
        onRetry={problem.retry}
        retrying={problem.retrying}
        stale={items.length > 0}
      />
      {/* With a problem, what is drawn is not the current answer: it says nothing of what is in view. */}
      {!problem.error && (
        <TimelineNothingInView
          matching={all?.total}
          someInView={someInView}
          filtersInWords={filtersInWords}
          onShowMatching={showMatching}
          onClearFilters={onClearFilters}
        />
      )}
      {/* biome-ignore lint/a11y/useSemanticElements: a canvas, not a form group; the role lets it carry a name */}
      <div
        ref={setFrame}
        className={problem.error ? 'timeline-frame engine-stale' : 'timeline-frame'}
        data-lanes={division ? division.key : undefined}
        // While an engine counts the next answer, the last one stays drawn (state/query/use-answer.ts).
        aria-busy={counting}
        style={division ? ({ '--lane-column': `${laneColumn}px` } as CSSProperties) : undefined}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the canvas takes keys to step through events and zoom
        tabIndex={0}
        role="group"
        aria-label={t(messages.canvas)}
        aria-describedby="timeline-keys"
        onKeyDown={onKeyDown}
      >
        <TimelineView
          items={items}
          lanes={division?.lanes ?? null}
          visibleWindow={visibleWindow}
          selectedId={selected?.id ?? null}
          limits={limits}
          markers={markers}
          sizing={stacked ? 'grow-with-content' : 'fill-frame'}
          onChoose={choose}
          onUserRangeChange={onWindowChange}
          rtl={rtl}
          locale={momentLocale}
        />
      </div>
      <p id="timeline-keys" className="visually-hidden">
        {t(messages.keys)}
      </p>
      {legend && (
        <TimelineLegend
          chosen={legend.statusFilter.chosen}
          counts={legend.statusFilter.counts}
          onToggle={legend.onToggleStatus}
        >
          <LanePicker value={lanes} offered={offeredLanes(story)} onChange={legend.onLanesChange} />
          <TimelineImageButtons frame={frame} caption={caption} window={visibleWindow} />
        </TimelineLegend>
      )}
    </section>
  )
})
