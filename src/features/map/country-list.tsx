import { useMemo } from 'react'
import { shownCountryName } from '../../dataset/format/shown-country-name'
import { t } from '../../i18n/i18n-store'
import { defineMessages } from '../../i18n/messages'
import { sortedByName } from '../../lib/compare-names'

const messages = defineMessages({
  summary: { id: 'map.countriesSummary', defaultMessage: 'Countries on the map ({count, number})' },
  events: { id: 'map.countryEvents', defaultMessage: '{count, plural, one {# event} other {# events}}' },
  tooSmall: { id: 'map.tooSmall', defaultMessage: '(too small to draw at this scale)' },
})

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
      sortedByName(counts.keys(), shownCountryName)
        .map((code): [string, number] => [code, counts.get(code) ?? 0])
        .sort((a, b) => b[1] - a[1]),
    [counts],
  )
  return (
    <details className="map-countries">
      <summary>{t(messages.summary, { count: rows.length })}</summary>
      <ul>
        {rows.map(([code, count]) => (
          <li key={code}>
            <button
              type="button"
              className="link-button"
              aria-pressed={chosen.includes(code)}
              onClick={() => onToggle(code)}
            >
              {shownCountryName(code)}
            </button>{' '}
            <span className="facet-count">
              {t(messages.events, { count })}
              {drawn.has(code) ? '' : ` ${t(messages.tooSmall)}`}
            </span>
          </li>
        ))}
      </ul>
    </details>
  )
}
