import { memo, useState } from 'react'
import { Bar, BarChart, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { countryName } from '../../dataset/country-codes'
import type { Story } from '../../dataset/story-index'
import type { FacetCounts } from '../../state/matching-events'
import type { ActiveFilters } from '../../state/view-state'
import { byCount, mostCounted, type BreakdownRow as Row } from './most-counted'

type BreakdownChartProps = {
  story: Story
  filters: ActiveFilters
  counts: FacetCounts
  onToggleCountry: (code: string) => void
  onToggleActor: (id: string) => void
}

// More bars than this crowd the chart's labels into each other (a story can name 40 countries).
const MAX_BARS = 8

/** Matching events by country or by actor; choosing a bar toggles that filter. */
export const BreakdownChart = memo(function BreakdownChart({
  story,
  filters,
  counts,
  onToggleCountry,
  onToggleActor,
}: BreakdownChartProps) {
  const [by, setBy] = useState<'country' | 'actor'>('country')
  const all: Row[] =
    by === 'country'
      ? story.countryCodes.map((code) => ({
          key: code,
          name: countryName(code),
          count: counts.countries.get(code) ?? 0,
          active: filters.countries.includes(code),
        }))
      : story.dataset.actors
          // Countries as actors are charted under "country".
          .filter((actor) => actor.kind !== 'country')
          .map((actor) => ({
            key: actor.id,
            name: actor.name,
            count: counts.actors.get(actor.id) ?? 0,
            active: filters.actors.includes(actor.id),
          }))
          .sort(byCount)
  const rows = mostCounted(all, MAX_BARS)
  const toggle = (row: Row | undefined) => {
    if (!row) return
    if (by === 'country') onToggleCountry(row.key)
    else onToggleActor(row.key)
  }

  return (
    <figure className="chart breakdown-chart">
      <figcaption>
        <span>Events by</span>
        <span className="segmented" role="radiogroup" aria-label="Group events by">
          {(['country', 'actor'] as const).map((option) => (
            <label key={option}>
              <input
                type="radio"
                name="breakdown-by"
                checked={by === option}
                onChange={() => setBy(option)}
              />
              {option === 'country' ? 'country' : 'actor'}
            </label>
          ))}
        </span>
        <span className="chart-hint">
          {rows.length < all.length ? `The ${rows.length} with most events of ${all.length}. ` : ''}
          Choose a bar to filter by it.
        </span>
      </figcaption>
      {rows.length === 0 ? (
        <p className="empty-state">
          This story names no {by === 'country' ? 'countries' : 'actors'} to count by.
        </p>
      ) : (
        <div className="chart-canvas">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 0 }}>
              <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
              <YAxis type="category" dataKey="name" width={120} tick={OneLineTick} interval={0} />
              <Tooltip
                cursor={{ fill: 'rgba(31, 95, 191, 0.08)' }}
                formatter={(value) => [value, 'Matching events']}
              />
              <Bar
                dataKey="count"
                isAnimationActive={false}
                cursor="pointer"
                onClick={(_, index) => toggle(rows[index])}
              >
                {rows.map((row) => (
                  <Cell key={row.key} fill={row.active ? '#f2a900' : '#1f5fbf'} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  )
})

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown } }

// Recharts wraps a long name ("United Kingdom") onto a second line that overlaps the next bar's name:
// names are drawn on one line, ending at the axis, and one too long for it is cut (in full on hover).
const MAX_NAME = 19
function OneLineTick({ x, y, payload }: TickProps) {
  const name = String(payload?.value ?? '')
  return (
    <text x={x} y={y} dy={4} textAnchor="end" fontSize={11} fill="#666">
      <title>{name}</title>
      {name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1).trimEnd()}…` : name}
    </text>
  )
}
