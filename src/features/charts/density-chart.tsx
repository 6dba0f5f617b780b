import { memo, useCallback, useMemo, useRef, useState } from 'react'
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { IndexedEvent, Story } from '../../dataset/story-index'
import { fullWindow } from '../../state/time-window'
import type { TimeWindow } from '../../state/view-state'
import { type DensityBin, densityBins, densityFrame } from './density-bins'

type DensityChartProps = {
  story: Story
  matching: IndexedEvent[]
  window: TimeWindow
  onWindowChange: (window: TimeWindow) => void
}

/**
 * Event density over the story's whole span. The shaded band is the timeline's window; dragging across
 * the bars sets it (a click zooms to one bar). The band and the drag are drawn over the chart, not in
 * it: a pan or a zoom moves the band without re-rendering the chart.
 */
export const DensityChart = memo(function DensityChart({
  story,
  matching,
  window,
  onWindowChange,
}: DensityChartProps) {
  const span = useMemo(() => fullWindow(story), [story])
  // All events are counted once per story; a filter counts only the matching ones.
  const frame = useMemo(() => densityFrame(span, story.events), [span, story])
  const { unit, bins } = useMemo(() => densityBins(frame, matching), [frame, matching])
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null)
  // The drag as the mouse handlers see it, without making them new on every move.
  const dragRef = useRef(drag)
  const updateDrag = useCallback((next: { from: number; to: number } | null) => {
    dragRef.current = next
    setDrag(next)
  }, [])

  const mouse = useMemo(() => {
    const indexOf = (state: { activeTooltipIndex?: number | string | null | undefined }) => {
      const index = Number(state.activeTooltipIndex)
      return Number.isInteger(index) && index >= 0 && index < bins.length ? index : null
    }
    return {
      down: (state: { activeTooltipIndex?: number | string | null }) => {
        const index = indexOf(state)
        updateDrag(index === null ? null : { from: index, to: index })
      },
      move: (state: { activeTooltipIndex?: number | string | null }) => {
        const current = dragRef.current
        if (current) updateDrag({ from: current.from, to: indexOf(state) ?? current.to })
      },
      up: () => {
        const current = dragRef.current
        if (current) {
          const first = bins[Math.min(current.from, current.to)]
          const last = bins[Math.max(current.from, current.to)]
          if (first && last) onWindowChange({ start: first.start, end: last.end })
        }
        updateDrag(null)
      },
      leave: () => updateDrag(null),
    }
  }, [bins, onWindowChange, updateDrag])

  const band = windowBand(bins, window)
  const axisWidth = useMemo(() => yAxisWidth(bins), [bins])
  return (
    <figure className="chart density-chart">
      <figcaption>
        Events per {unit}, {formatYear(span.start)}–{formatYear(span.end)}. Drag across the bars to show that
        period.
      </figcaption>
      <div className="chart-canvas density-canvas">
        <DensityPlot bins={bins} mouse={mouse} axisWidth={axisWidth} />
        <div className="density-overlay" aria-hidden="true" style={{ left: axisWidth + PLOT_MARGIN.left }}>
          {band && (
            <div
              className="density-window"
              style={{
                left: percent(band.from, bins.length),
                width: percent(band.to - band.from, bins.length),
              }}
            />
          )}
          {drag && (
            <div
              className="density-drag"
              style={{
                left: percent(Math.min(drag.from, drag.to), bins.length),
                width: percent(Math.abs(drag.to - drag.from) + 1, bins.length),
              }}
            />
          )}
        </div>
      </div>
    </figure>
  )
})

type MouseHandlers = {
  down: (state: { activeTooltipIndex?: number | string | null }) => void
  move: (state: { activeTooltipIndex?: number | string | null }) => void
  up: () => void
  leave: () => void
}

// The overlay's box is the plot's: the chart's margins plus the y axis (its width set here) and the
// x axis (30 high) below. Keep in step with .density-overlay in dashboard.css.
const PLOT_MARGIN = { top: 4, right: 8, bottom: 0, left: -24 }

/** Wide enough for the longest count on the y axis ("12,345" needs more room than "12"). */
function yAxisWidth(bins: DensityBin[]): number {
  const most = bins.reduce((max, bin) => Math.max(max, bin.matching + bin.others), 0)
  return 40 + String(most).length * 7
}

const DensityPlot = memo(function DensityPlot({
  bins,
  mouse,
  axisWidth,
}: {
  bins: DensityBin[]
  mouse: MouseHandlers
  axisWidth: number
}) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={bins}
        margin={PLOT_MARGIN}
        barCategoryGap={0}
        onMouseDown={mouse.down}
        onMouseMove={mouse.move}
        onMouseUp={mouse.up}
        onMouseLeave={mouse.leave}
      >
        <CartesianGrid vertical={false} stroke="#e6e8ec" />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={24} tickLine={false} height={30} />
        <YAxis
          allowDecimals={false}
          tick={{ fontSize: 11 }}
          width={axisWidth}
          tickLine={false}
          axisLine={false}
        />
        <Tooltip content={<DensityTooltip />} cursor={{ fill: 'rgba(31, 95, 191, 0.08)' }} />
        <Bar dataKey={binTotal} name="Events" shape={MatchingOverOthers} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  )
})

const binTotal = (bin: DensityBin) => bin.matching + bin.others

type BarShapeProps = { x?: number; y?: number; width?: number; height?: number; payload?: DensityBin }

// One bar per bin, drawn as its matching events (blue, below) under those filtered out (grey): one
// series instead of two stacked ones halves what recharts computes and draws on every filter (121
// bins over a century of events; the chart was about a third of a filter at 10,000 events).
function MatchingOverOthers({ x = 0, y = 0, width = 0, height = 0, payload }: BarShapeProps) {
  const total = payload ? payload.matching + payload.others : 0
  if (total === 0 || height <= 0) return null
  const others = (height * (payload?.others ?? 0)) / total
  return (
    <g>
      {others > 0 && <rect x={x} y={y} width={width} height={others} fill="#c9ced8" />}
      {others < height && <rect x={x} y={y + others} width={width} height={height - others} fill="#1f5fbf" />}
    </g>
  )
}

function DensityTooltip(props: { active?: boolean; payload?: ReadonlyArray<{ payload?: DensityBin }> }) {
  const bin = props.payload?.[0]?.payload
  if (!props.active || !bin) return null
  return (
    <div className="chart-tooltip">
      <strong>{bin.label}</strong>
      <br />
      {bin.matching} matching{bin.others > 0 ? `, ${bin.others} filtered out` : ''}
    </div>
  )
}

/**
 * Where the window falls over the bars, in bars from the left (fractions within a bar by time), or
 * null when it misses them all.
 */
function windowBand(bins: DensityBin[], window: TimeWindow): { from: number; to: number } | null {
  const position = (instant: number) => {
    const index = bins.findIndex((bin) => instant < bin.end)
    if (index === -1) return bins.length
    const bin = bins[index] as DensityBin
    return index + Math.min(Math.max((instant - bin.start) / (bin.end - bin.start), 0), 1)
  }
  const from = position(window.start)
  const to = position(window.end)
  return to > from ? { from, to } : null
}

const percent = (bars: number, total: number) => `${(bars / Math.max(total, 1)) * 100}%`

function formatYear(instant: number): number {
  return new Date(instant).getUTCFullYear()
}
