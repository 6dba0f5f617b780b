import { useMemo } from 'react'
import { countryName } from '../../dataset/format/country-codes'
import { sortedByName } from '../../lib/compare-names'
import { formatCount } from '../../lib/format-count'

/**
 * The map's twin for the keyboard and screen readers: each country with events, busiest first, with
 * its count; choosing one toggles its filter, as choosing it on the map does.
 */
export function CountryList(props: {
  counts: ReadonlyMap<string, number>
  chosen: readonly string[]
  drawn: ReadonlySet<string>
  onToggle: (code: string) => void
}) {
  const { counts, chosen, drawn, onToggle } = props
  // By name, then busiest first (the sort keeps the names' order among equal counts); sorted when the
  // counts change, not on every move of the map.
  const rows = useMemo(
    () =>
      sortedByName(counts.keys(), countryName)
        .map((code): [string, number] => [code, counts.get(code) ?? 0])
        .sort((a, b) => b[1] - a[1]),
    [counts],
  )
  return (
    <details className="map-countries">
      <summary>Countries on the map ({formatCount(rows.length)})</summary>
      <ul>
        {rows.map(([code, count]) => (
          <li key={code}>
            <button
              type="button"
              className="link-button"
              aria-pressed={chosen.includes(code)}
              onClick={() => onToggle(code)}
            >
              {countryName(code)}
            </button>{' '}
            <span className="facet-count">
              {formatCount(count)} {count === 1 ? 'event' : 'events'}
              {drawn.has(code) ? '' : ' (too small to draw at this scale)'}
            </span>
          </li>
        ))}
      </ul>
    </details>
  )
}
