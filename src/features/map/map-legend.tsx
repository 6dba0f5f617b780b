import { formatLocalNumber } from '../../i18n/i18n-store'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import type { CountClass } from './count-scale'

const messages = defineMessages({
  perCountry: { id: 'map.perCountry', defaultMessage: 'Events per country' },
  events: { id: 'map.eventsUnit', defaultMessage: 'events' },
  range: { id: 'map.range', defaultMessage: '{from, number}–{to, number}' },
  atPlaces: {
    id: 'map.atPlaces',
    defaultMessage: '{count, plural, one {# event at its place.} other {# events at their places.}}',
  },
  inCells: {
    id: 'map.inCells',
    defaultMessage: 'Counted in cells of {degrees, number}°: too many to mark one by one.',
  },
  unplaced: {
    id: 'map.unplaced',
    defaultMessage:
      '{count, plural, one {# event has} other {# events have}} no place or country: not on the map.',
  },
})

/** The shades' meaning, the marks', what cannot be placed, and whose boundaries these are. */
export function MapLegend(props: {
  classes: readonly CountClass[]
  points: number
  /** The side of the cells an engine counted the placed events in (past its cap), or null. */
  cellDegrees: number | null
  unplaced: number
  credit: string
}) {
  const t = useT()
  const { classes, points, cellDegrees, unplaced, credit } = props
  return (
    <div className="map-legend">
      {classes.length > 0 && (
        <ul className="map-shades" aria-label={t(messages.perCountry)}>
          {classes.map((range) => (
            <li key={range.from}>
              <span className="map-swatch" style={{ background: range.shade }} aria-hidden="true" />
              {range.from === range.to
                ? formatLocalNumber(range.from)
                : t(messages.range, { from: range.from, to: range.to })}
            </li>
          ))}
          <li className="map-shades-unit">{t(messages.events)}</li>
        </ul>
      )}
      <p className="map-notes">
        {points > 0 && (
          <span>
            <span className="map-dot" aria-hidden="true" /> {t(messages.atPlaces, { count: points })}{' '}
            {cellDegrees !== null && `${t(messages.inCells, { degrees: cellDegrees })} `}
          </span>
        )}
        {unplaced > 0 && <span>{t(messages.unplaced, { count: unplaced })}</span>}
      </p>
      <p className="map-credit">{credit}</p>
    </div>
  )
}
