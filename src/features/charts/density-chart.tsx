import { memo, useMemo, useState } from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import type { IndexedEvent, Story } from '../../dataset/story-index'
import { fullWindow } from '../../state/time-window'
import type { TimeWindow } from '../../state/view-state'
import { type DensityBin, densityBins } from './density-bins'

type DensityChartProps = {
  story: Story
  matching: IndexedEvent[]
  window: TimeWindow
  onWindowChange: (window: TimeWindow) => void
}

/**
 * Event density over the story's whole span. The shaded band is the timeline's window; dragging across
 * the bars sets it (a click zooms to one bar).
 */
export const DensityChart = memo(function DensityChart({
  story,
  matching,
  window,
  onWindowChange,
}: DensityChartProps) {
  const span = useMemo(() => fullWindow(story), [story])
  const { unit, bins } = useMemo(() => densityBins(span, story.events, matching), [span, story, matching])
  const [dragFrom, setDragFrom] = useState<number | null>(null)
  const [dragTo, setDragTo] = useState<number | null>(null)

  const windowBins = binRange(bins, window)
  const indexOf = (state: { activeTooltipIndex?: number | string | null | undefined }) => {
    const index = Number(state.activeTooltipIndex)
    return Number.isInteger(index) && index >= 0 && index < bins.length ? index : null
  }
  const finishDrag = () => {
    if (dragFrom !== null) {
      const from = Math.min(dragFrom, dragTo ?? dragFrom)
      const to = Math.max(dragFrom, dragTo ?? dragFrom)
      const first = bins[from]
      const last = bins[to]
      if (first && last) onWindowChange({ start: first.start, end: last.end })
    }
    setDragFrom(null)
    setDragTo(null)
  }
  const dragging =
    dragFrom !== null
      ? { from: Math.min(dragFrom, dragTo ?? dragFrom), to: Math.max(dragFrom, dragTo ?? dragFrom) }
      : null

  return (
    <figure className="chart density-chart">
      <figcaption>
        Events per {unit}, {formatYear(span.start)}–{formatYear(span.end)}. Drag across the bars to show that
        period.
      </figcaption>
      <div className="chart-canvas">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={bins}
            margin={{ top: 4, right: 8, bottom: 0, left: -24 }}
            barCategoryGap={0}
            onMouseDown={(state) => {
              const index = indexOf(state)
              setDragFrom(index)
              setDragTo(index)
            }}
            onMouseMove={(state) => {
              if (dragFrom !== null) setDragTo(indexOf(state) ?? dragTo)
            }}
            onMouseUp={finishDrag}
            onMouseLeave={() => {
              setDragFrom(null)
              setDragTo(null)
            }}
          >
            <CartesianGrid vertical={false} stroke="#e6e8ec" />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={24} tickLine={false} />
            <YAxis
              allowDecimals={false}
              tick={{ fontSize: 11 }}
              width={48}
              tickLine={false}
              axisLine={false}
            />
            <Tooltip content={<DensityTooltip />} cursor={{ fill: 'rgba(31, 95, 191, 0.08)' }} />
            {windowBins && (
              <ReferenceArea
                x1={bins[windowBins.from]?.label}
                x2={bins[windowBins.to]?.label}
                fill="#f2a900"
                fillOpacity={0.25}
                stroke="#b37d00"
                strokeOpacity={0.8}
                ifOverflow="extendDomain"
              />
            )}
            {dragging && (
              <ReferenceArea
                x1={bins[dragging.from]?.label}
                x2={bins[dragging.to]?.label}
                fill="#1f5fbf"
                fillOpacity={0.15}
              />
            )}
            <Bar
              dataKey="matching"
              name="Matching"
              stackId="events"
              fill="#1f5fbf"
              isAnimationActive={false}
            />
            <Bar
              dataKey="others"
              name="Filtered out"
              stackId="events"
              fill="#c9ced8"
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  )
})

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

function binRange(bins: DensityBin[], window: TimeWindow): { from: number; to: number } | null {
  const from = bins.findIndex((bin) => bin.end > window.start)
  let to = -1
  for (let index = bins.length - 1; index >= 0; index -= 1) {
    if ((bins[index]?.start ?? Number.POSITIVE_INFINITY) < window.end) {
      to = index
      break
    }
  }
  return from === -1 || to === -1 || to < from ? null : { from, to }
}

function formatYear(instant: number): number {
  return new Date(instant).getUTCFullYear()
}
