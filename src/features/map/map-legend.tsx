import { formatCount } from '../../lib/format-count'
import type { CountClass } from './count-scale'

/** The shades' meaning, the marks', what cannot be placed, and whose boundaries these are. */
export function MapLegend(props: {
  classes: readonly CountClass[]
  points: number
  unplaced: number
  credit: string
}) {
  const { classes, points, unplaced, credit } = props
  return (
    <div className="map-legend">
      {classes.length > 0 && (
        <ul className="map-shades" aria-label="Events per country">
          {classes.map((range) => (
            <li key={range.from}>
              <span className="map-swatch" style={{ background: range.shade }} aria-hidden="true" />
              {range.from === range.to
                ? formatCount(range.from)
                : `${formatCount(range.from)}–${formatCount(range.to)}`}
            </li>
          ))}
          <li className="map-shades-unit">events</li>
        </ul>
      )}
      <p className="map-notes">
        {points > 0 && (
          <span>
            <span className="map-dot" aria-hidden="true" /> {formatCount(points)}{' '}
            {points === 1 ? 'event' : 'events'} at
            {points === 1 ? ' its place' : ' their places'}.{' '}
          </span>
        )}
        {unplaced > 0 && (
          <span>
            {formatCount(unplaced)} {unplaced === 1 ? 'event has' : 'events have'} no place or country: not on
            the map.
          </span>
        )}
      </p>
      <p className="map-credit">{credit}</p>
    </div>
  )
}
