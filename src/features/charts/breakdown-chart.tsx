import { createContext, memo, useCallback, useContext, useMemo, useRef, useState } from 'react'
import {
  Bar,
  BarChart,
  Rectangle,
  type RectangleProps,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { directionOf } from '../../i18n/languages'
import { defineMessages } from '../../i18n/messages'
import { useLanguage, useT } from '../../i18n/use-t'
import { formatCount } from '../../lib/format-count'
import type { FacetVocabulary } from '../../state/facets/facet'
import { FACETS, type FacetKey, offeredValues } from '../../state/facets/facet-table'
import type { FacetCounts } from '../../state/matching-events'
import type { ActiveFilters } from '../../state/view-state'
import { byCount, mostCounted, type BreakdownRow as Row } from './most-counted'
import { nameLines } from './name-lines'

const messages = defineMessages({
  eventsBy: { id: 'charts.eventsBy', defaultMessage: 'Events by' },
  groupBy: { id: 'charts.groupBy', defaultMessage: 'Group events by' },
  mostOf: { id: 'charts.mostOf', defaultMessage: 'The {shown, number} with most events of {all, number}.' },
  chooseBar: { id: 'charts.chooseBar', defaultMessage: 'Choose a bar to filter by it.' },
  matchingEvents: { id: 'charts.matchingEvents', defaultMessage: 'Matching events' },
})

type BreakdownChartProps = {
  /** The facets' values and their names: a story's own, or what an engine answered of them. */
  vocabulary: FacetVocabulary
  filters: ActiveFilters
  counts: FacetCounts
  /** Chooses or unchooses a value of a facet (a bar's country or actor). */
  onToggle: (facet: FacetKey, value: string) => void
}

// More bars than this crowd the chart's labels into each other (a story can name 40 countries).
const MAX_BARS = 8

/** What recharts draws: a bar's name and count. Whether it is chosen is read from ChosenKeys. */
type ChartRow = Pick<Row, 'key' | 'name' | 'count'>

// The keys of the chosen bars, read by each bar to colour itself. Counts are faceted (a country's count
// ignores the country filter), so choosing a country changes only the colours in the country chart:
// the bars re-colour themselves and recharts' chart (its axes, scales and store) is not re-rendered.
const ChosenKeys = createContext<ReadonlySet<string>>(new Set())

/** The facets the chart counts by (see state/facets/facet-table.ts): countries and actors. */
const CHARTED = FACETS.flatMap((facet) => (facet.chart ? [{ facet, chart: facet.chart }] : []))
const NO_COUNTS: ReadonlyMap<string, number> = new Map()
const NOTHING: readonly string[] = []

/** Matching events by country or by actor; choosing a bar toggles that filter. */
export const BreakdownChart = memo(function BreakdownChart({
  vocabulary,
  filters,
  counts,
  onToggle,
}: BreakdownChartProps) {
  const t = useT()
  const [by, setBy] = useState(CHARTED[0]?.facet.key)
  const charted = CHARTED.find(({ facet }) => facet.key === by)
  const values = useMemo(
    () => (charted ? offeredValues(charted.facet, vocabulary) : []),
    [charted, vocabulary],
  )
  const byValue = charted ? counts[charted.facet.key].byValue : NO_COUNTS
  const chosenList = charted ? filters.chosen[charted.facet.key] : NOTHING
  const all: Row[] = values.map((value) => ({
    key: value.id,
    name: value.name,
    count: byValue.get(value.id) ?? 0,
    active: chosenList.includes(value.id),
  }))
  if (charted?.chart.order === 'by-count') all.sort(byCount)
  const shown = mostCounted(all, MAX_BARS)
  const rows = useSameRowsWhileUnchanged(shown)
  const chosen = useMemo(() => new Set(chosenList), [chosenList])
  const toggle = useCallback(
    (row: ChartRow) => {
      if (by) onToggle(by, row.key)
    },
    [by, onToggle],
  )

  return (
    <figure className="chart breakdown-chart">
      <figcaption>
        <span>{t(messages.eventsBy)}</span>
        <span className="segmented" role="radiogroup" aria-label={t(messages.groupBy)}>
          {CHARTED.map(({ facet, chart }) => (
            <label key={facet.key}>
              <input
                type="radio"
                name="breakdown-by"
                checked={by === facet.key}
                onChange={() => setBy(facet.key)}
              />
              {chart.choice}
            </label>
          ))}
        </span>
        <span className="chart-hint">
          {shown.length < all.length
            ? `${t(messages.mostOf, { shown: shown.length, all: all.length })} `
            : ''}
          {t(messages.chooseBar)}
        </span>
      </figcaption>
      {rows.length === 0 ? (
        <p className="empty-state">{charted?.chart.none}</p>
      ) : (
        <>
          <table className="visually-hidden">
            <caption>{charted?.chart.caption}</caption>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.name}</th>
                  <td>{formatCount(row.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ChosenKeys.Provider value={chosen}>
            <BreakdownPlot rows={rows} onChoose={toggle} />
          </ChosenKeys.Provider>
        </>
      )}
    </figure>
  )
})

/**
 * The rows last drawn while the new ones show the same bars in the same order with the same counts:
 * recharts re-renders its whole chart for a new data array, even an equal one.
 */
function useSameRowsWhileUnchanged(rows: Row[]): ChartRow[] {
  const last = useRef<ChartRow[]>([])
  const previous = last.current
  const unchanged =
    rows.length === previous.length &&
    rows.every((row, index) => {
      const before = previous[index]
      return before?.key === row.key && before.name === row.name && before.count === row.count
    })
  // Written during render, and safe to: the value follows from `rows` alone, whichever render wins.
  if (!unchanged) last.current = rows.map(({ key, name, count }) => ({ key, name, count }))
  return last.current
}

const BreakdownPlot = memo(function BreakdownPlot({
  rows,
  onChoose,
}: {
  rows: ChartRow[]
  onChoose: (row: ChartRow) => void
}) {
  const t = useT()
  // Right to left, the bars grow leftwards from the names on the right.
  const rtl = directionOf(useLanguage().language) === 'rtl'
  const nameWidth = useMemo(() => namesWidth(rows), [rows])
  return (
    <div className="chart-canvas" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={rows}
          layout="vertical"
          accessibilityLayer={false}
          margin={rtl ? { top: 0, right: 0, bottom: 0, left: 16 } : { top: 0, right: 16, bottom: 0, left: 0 }}
        >
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} reversed={rtl} />
          <YAxis
            type="category"
            dataKey="name"
            width={nameWidth}
            orientation={rtl ? 'right' : 'left'}
            tick={<NameTick width={nameWidth} />}
            interval={0}
          />
          <Tooltip
            cursor={{ fill: 'rgba(31, 95, 191, 0.08)' }}
            formatter={(value) => [value, t(messages.matchingEvents)]}
          />
          <Bar
            dataKey="count"
            fill="var(--accent)"
            isAnimationActive={false}
            cursor="pointer"
            shape={<ChosenOrNotBar />}
            onClick={(_, index) => {
              const row = rows[index]
              if (row) onChoose(row)
            }}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
})

function ChosenOrNotBar(props: RectangleProps & { payload?: ChartRow }) {
  const chosen = useContext(ChosenKeys)
  const { payload, ...rectangle } = props
  const isChosen = payload !== undefined && chosen.has(payload.key)
  // Whether it is chosen, as data (for tests and tools that read the page), not only as a colour.
  return (
    <g data-bar={payload?.key} data-chosen={isChosen}>
      <Rectangle {...rectangle} fill={isChosen ? 'var(--focus)' : 'var(--accent)'} />
    </g>
  )
}

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown }; width?: number }

// 11 px text averages under 6.3 px a character; names get the room they need, up to 200 px, on up to
// two lines (recharts' own wrapping overlaps the next bar's name). Past that the name is cut, and is
// whole in its tooltip and in the chart's table.
const CHAR_PX = 6.3
const LINE_PX = 12

function namesWidth(rows: readonly ChartRow[]): number {
  const longest = rows.reduce((most, row) => Math.max(most, row.name.length), 0)
  return Math.round(Math.min(Math.max(longest * CHAR_PX + 10, 60), 200))
}

function NameTick({ x, y, payload, width = 120 }: TickProps) {
  const name = String(payload?.value ?? '')
  const lines = nameLines(name, Math.floor((width - 10) / CHAR_PX))
  const top = -((lines.length - 1) * LINE_PX) / 2
  return (
    // "end": the name's end at the axis, on its left in English and its right in Arabic (the text's
    // direction is the page's).
    <text x={x} y={y} textAnchor="end" fontSize={11} fill="var(--ink-muted)" className="data-text">
      <title>{name}</title>
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one name, in order; two may read the same
        <tspan key={index} x={x} dy={index === 0 ? top + 4 : LINE_PX}>
          {line}
        </tspan>
      ))}
    </text>
  )
}
