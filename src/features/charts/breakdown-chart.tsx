import { memo, useState } from 'react'
import { Bar, BarChart, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { countryName } from '../../dataset/country-codes'
import type { Story } from '../../dataset/story-index'
import type { FacetCounts } from '../../state/matching-events'
import type { ActiveFilters } from '../../state/view-state'

type BreakdownChartProps = {
  story: Story
  filters: ActiveFilters
  counts: FacetCounts
  onToggleCountry: (code: string) => void
  onToggleActor: (id: string) => void
}

type Row = { key: string; name: string; count: number; active: boolean }

const MAX_ACTORS = 10

/** Matching events by country or by actor; choosing a bar toggles that filter. */
export const BreakdownChart = memo(function BreakdownChart({
  story,
  filters,
  counts,
  onToggleCountry,
  onToggleActor,
}: BreakdownChartProps) {
  const [by, setBy] = useState<'country' | 'actor'>('country')
  const rows: Row[] =
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
          .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'))
          .slice(0, MAX_ACTORS)
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
        <span className="chart-hint">Choose a bar to filter by it.</span>
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
              <YAxis type="category" dataKey="name" width={120} tick={{ fontSize: 11 }} interval={0} />
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
