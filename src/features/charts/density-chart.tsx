import { createContext, memo, useCallback, useContext, useMemo, useRef, useState } from 'react'
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { yearLabel } from '../../dataset/dates/date-labels'
import { directionOf } from '../../i18n/languages'
import { defineMessages } from '../../i18n/messages'
import { useLanguage, useT } from '../../i18n/use-t'
import { formatCount } from '../../lib/format-count'
import type { TimeWindow } from '../../state/view-state'
import { type AxisTick, type DensityFrame, type FrameBin, roundTicks } from './density-bins'
import { type Band, WindowBrush } from './window-brush'

const messages = defineMessages({
  per: {
    id: 'charts.density.per',
    defaultMessage:
      'Events per {unit, select, day {day} month {month} quarter {quarter} year {year} fiveYears {5 years} decade {decade} fiftyYears {50 years} century {century} other {millennium}}',
  },
  unit: {
    id: 'charts.density.unit',
    defaultMessage:
      '{unit, select, day {day} month {month} quarter {quarter} year {year} fiveYears {5 years} decade {decade} fiftyYears {50 years} century {century} other {millennium}}',
  },
  caption: {
    id: 'charts.density.caption',
    defaultMessage: '{per}, {span}. Drag across the bars to show that period.',
  },
  events: { id: 'charts.density.events', defaultMessage: 'Events' },
  matchingFilters: { id: 'charts.density.matchingFilters', defaultMessage: 'Matching the filters' },
  tipMatching: { id: 'charts.density.tipMatching', defaultMessage: '{matching, number} matching' },
  tipFiltered: {
    id: 'charts.density.tipFiltered',
    defaultMessage: '{matching, number} matching, {others, number} filtered out',
  },
})

type DensityChartProps = {
  /** The story's first and last instants: the chart's whole width. */
  span: TimeWindow
  /** Every event per period over the story's span (use-density-counts.ts), and the matching ones. */
  frame: DensityFrame
  matched: Int32Array
  visibleWindow: TimeWindow
  onWindowChange: (visibleWindow: TimeWindow) => void
}

// How many matching events each bin holds, by the bin's position. Read by the bars and the tooltip:
// the chart's data is the bins with their totals, the same for every filter, so a filter re-renders
// only these small components, not recharts' whole chart, its axes, scales and store (see
// docs/decisions/drawing-at-scale.md).
const MatchedPerBin = createContext<Int32Array>(new Int32Array(0))

/**
 * Event density over the story's whole span. The shaded band is the timeline's window; dragging across
 * the bars sets it (a click zooms to one bar). The band and the drag are drawn over the chart, not in
 * it: a pan or a zoom moves the band without re-rendering the chart.
 */
export const DensityChart = memo(function DensityChart({
  span,
  frame,
  matched,
  visibleWindow,
  onWindowChange,
}: DensityChartProps) {
  const t = useT()
  const rtl = directionOf(useLanguage().language) === 'rtl'
  const { unit, bins } = frame
  const ticks = useMemo(() => roundTicks(frame), [frame])
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

  const band = windowBand(bins, visibleWindow)
  const axisWidth = useMemo(() => yAxisWidth(bins), [bins])
  return (
    <figure className="chart density-chart">
      <figcaption>
        {t(messages.caption, {
          per: t(messages.per, { unit: UNIT_KEYS[unit] ?? unit }),
          span: spanYears(span),
        })}
      </figcaption>
      <table className="visually-hidden">
        <caption>{t(messages.per, { unit: UNIT_KEYS[unit] ?? unit })}</caption>
        <thead>
          <tr>
            <th scope="col">{t(messages.unit, { unit: UNIT_KEYS[unit] ?? unit })}</th>
            <th scope="col">{t(messages.events)}</th>
            <th scope="col">{t(messages.matchingFilters)}</th>
          </tr>
        </thead>
        <tbody>
          {bins
            .filter((bin) => bin.total > 0)
            .map((bin) => (
              <tr key={bin.position}>
                <th scope="row">{bin.label}</th>
                <td>{formatCount(bin.total)}</td>
                <td>{formatCount(matched[bin.position] ?? 0)}</td>
              </tr>
            ))}
        </tbody>
      </table>
      <div className="chart-canvas density-canvas" aria-hidden="true">
        <MatchedPerBin.Provider value={matched}>
          <DensityPlot bins={bins} ticks={ticks} mouse={mouse} axisWidth={axisWidth} rtl={rtl} />
        </MatchedPerBin.Provider>
        {/* Its start edge (the left, or the right when read right to left) follows the y axis. */}
        <div
          className="density-overlay"
          aria-hidden="true"
          style={{ insetInlineStart: axisWidth + PLOT_MARGIN.left }}
        >
          {band && <WindowBrush bins={bins} band={band} onWindowChange={onWindowChange} rtl={rtl} />}
          {drag && (
            <div
              className="density-drag"
              style={{
                insetInlineStart: percent(Math.min(drag.from, drag.to), bins.length),
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
function yAxisWidth(bins: FrameBin[]): number {
  const most = bins.reduce((max, bin) => Math.max(max, bin.total), 0)
  return 40 + String(most).length * 7
}

const DensityPlot = memo(function DensityPlot({
  bins,
  ticks,
  mouse,
  axisWidth,
  rtl,
}: {
  bins: FrameBin[]
  ticks: AxisTick[]
  mouse: MouseHandlers
  axisWidth: number
  /** Right to left: time runs leftwards, the counts' axis on the right. */
  rtl: boolean
}) {
  const tickLabels = useMemo(() => new Map(ticks.map((tick) => [tick.bin.label, tick.label])), [ticks])
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={bins}
        accessibilityLayer={false}
        margin={rtl ? { ...PLOT_MARGIN, left: PLOT_MARGIN.right, right: PLOT_MARGIN.left } : PLOT_MARGIN}
        barCategoryGap={0}
        onMouseDown={mouse.down}
        onMouseMove={mouse.move}
        onMouseUp={mouse.up}
        onMouseLeave={mouse.leave}
      >
        <CartesianGrid vertical={false} stroke="var(--rule)" />
        <XAxis
          dataKey="label"
          tick={{ fontSize: 11 }}
          ticks={ticks.map((tick) => tick.bin.label)}
          interval={0}
          tickFormatter={(label: string) => tickLabels.get(label) ?? label}
          tickLine={false}
          height={30}
          reversed={rtl}
        />
        <YAxis
          allowDecimals={false}
          tickCount={3}
          tick={{ fontSize: 11 }}
          width={axisWidth}
          orientation={rtl ? 'right' : 'left'}
          tickLine={false}
          axisLine={false}
        />
        <Tooltip content={<DensityTooltip />} cursor={{ fill: 'rgba(31, 95, 191, 0.08)' }} />
        <Bar dataKey="total" name="Events" shape={<MatchingOverOthers />} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  )
})

type BarShapeProps = { x?: number; y?: number; width?: number; height?: number; payload?: FrameBin }

// One bar per bin, its height the bin's total, drawn as its matching events (blue, below) under those
// filtered out (grey): one series instead of two stacked ones, whose heights never change with a filter.
function MatchingOverOthers({ x = 0, y = 0, width = 0, height = 0, payload }: BarShapeProps) {
  const matched = useContext(MatchedPerBin)
  if (!payload || payload.total === 0 || height <= 0) return null
  const matching = matched[payload.position] ?? 0
  const others = (height * (payload.total - matching)) / payload.total
  // The bar's state as data, for tests and tools that read the page (not its colours).
  const share = matching === payload.total ? 'all' : matching === 0 ? 'none' : 'some'
  return (
    <g
      data-bin={payload.label}
      data-total={payload.total}
      data-matching={matching}
      data-matching-share={share}
    >
      {others > 0 && <rect x={x} y={y} width={width} height={others} fill="var(--line)" />}
      {others < height && (
        <rect x={x} y={y + others} width={width} height={height - others} fill="var(--accent)" />
      )}
    </g>
  )
}

function DensityTooltip(props: { active?: boolean; payload?: ReadonlyArray<{ payload?: FrameBin }> }) {
  const t = useT()
  const matched = useContext(MatchedPerBin)
  const bin = props.payload?.[0]?.payload
  if (!props.active || !bin) return null
  const matching = matched[bin.position] ?? 0
  const others = bin.total - matching
  return (
    <div className="chart-tooltip">
      <strong>{bin.label}</strong>
      <br />
      {others > 0 ? t(messages.tipFiltered, { matching, others }) : t(messages.tipMatching, { matching })}
    </div>
  )
}

/**
 * Where the window falls over the bars, in bars from the left (fractions within a bar by time), or
 * null when it misses them all.
 */
function windowBand(bins: FrameBin[], shown: TimeWindow): Band | null {
  const position = (instant: number) => {
    const index = bins.findIndex((bin) => instant < bin.end)
    if (index === -1) return bins.length
    const bin = bins[index] as FrameBin
    return index + Math.min(Math.max((instant - bin.start) / (bin.end - bin.start), 0), 1)
  }
  const from = position(shown.start)
  const to = position(shown.end)
  return to > from ? { from, to } : null
}

// The units' names (density-bins.ts) as the messages choose among them.
const UNIT_KEYS: Readonly<Record<string, string>> = {
  '5 years': 'fiveYears',
  '50 years': 'fiftyYears',
}

const percent = (bars: number, total: number) => `${(bars / Math.max(total, 1)) * 100}%`

function formatYear(instant: number): string {
  return yearLabel(new Date(instant).getUTCFullYear())
}

/** "1910 – 2023", or "2022" for a story within one year. */
export function spanYears(span: { start: number; end: number }): string {
  const [first, last] = [formatYear(span.start), formatYear(span.end)]
  return first === last ? first : `${first} – ${last}`
}
