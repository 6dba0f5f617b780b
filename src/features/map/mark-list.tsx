import { useState } from 'react'
import { localDateLabel } from '../../components/local-date-label'
import { shownCountryName } from '../../dataset/format/shown-country-name'
import { t } from '../../i18n/i18n-store'
import { defineMessages } from '../../i18n/messages'
import type { MapPoint, MarkedEvent, MarkedEventOf } from './map-counts'
import { type Cluster, onlyEvent } from './point-clusters'

const messages = defineMessages({
  unnamed: { id: 'map.unnamedPlace', defaultMessage: 'an unnamed place' },
  one: { id: 'map.markOne', defaultMessage: '{title} — {place}, {date}' },
  unnamedEvent: { id: 'map.markUnnamedEvent', defaultMessage: 'An event at {place}' },
  around: {
    id: 'map.markAround',
    defaultMessage: '{count, plural, one {# event} other {# events}} around {place}',
  },
  summary: {
    id: 'map.marksSummary',
    defaultMessage: 'Marks in view ({marks, number}, {count, plural, one {# event} other {# events}})',
  },
  zoomsIn: { id: 'map.zoomsIn', defaultMessage: 'zooms in' },
})

/** Where an event is, in words: its place's name, else its country, else its coordinates. */
function placeOf(event: MarkedEvent): string {
  const place = event.place
  if (place?.name) return place.name
  const [country] = event.countries
  if (country) return shownCountryName(country)
  if (place?.latitude !== undefined && place.longitude !== undefined) {
    return `${place.latitude.toFixed(2)}, ${place.longitude.toFixed(2)}`
  }
  return t(messages.unnamed)
}

// Where a point is, in coordinates (a cell's centre, an event the page has no words for).
const coordinates = (point: MapPoint) => `${point.latitude.toFixed(2)}, ${point.longitude.toFixed(2)}`

// The place most of a mark's events name (of its first 50: a mark of thousands need not be read
// whole); where none is named (an engine's cells), the coordinates of its busiest point.
function commonPlace(points: readonly MapPoint[], eventOf: MarkedEventOf): string {
  const tally = new Map<string, number>()
  for (const point of points.slice(0, 50)) {
    const event = point.id === null ? undefined : eventOf(point.id)
    if (!event) continue
    const place = placeOf(event)
    tally.set(place, (tally.get(place) ?? 0) + 1)
  }
  let best = ''
  let most = 0
  for (const [place, count] of tally) {
    if (count > most) [best, most] = [place, count]
  }
  if (most > 0) return best
  const busiest = points.reduce<MapPoint | undefined>(
    (found, point) => (found && found.count >= point.count ? found : point),
    undefined,
  )
  return busiest ? coordinates(busiest) : t(messages.unnamed)
}

/** A mark's name, as the list says it and a screen reader reads it. */
export function markName(mark: Cluster, eventOf: MarkedEventOf): string {
  const id = onlyEvent(mark)
  if (id !== null) {
    const event = eventOf(id)
    const [point] = mark.points
    if (!event) return t(messages.unnamedEvent, { place: point ? coordinates(point) : t(messages.unnamed) })
    return t(messages.one, { title: event.title, place: placeOf(event), date: localDateLabel(event.when) })
  }
  return t(messages.around, { count: mark.count, place: commonPlace(mark.points, eventOf) })
}

// A mark's key in the list: each event or cell is in one mark, so its first point names it.
const markKey = (mark: Cluster) => {
  const [first] = mark.points
  return first ? (first.id ?? `cell:${first.latitude},${first.longitude}`) : ''
}

/**
 * The marks in view, each named, for the keyboard and screen readers (the canvas that draws them is
 * a picture): one event's mark selects it, a mark of several zooms in on them, as a tap does. Listed
 * only while open, busiest first.
 */
export function MarkList(props: {
  clusters: readonly Cluster[]
  eventOf: MarkedEventOf
  onChoose: (mark: Cluster) => void
}) {
  const { clusters, eventOf, onChoose } = props
  const [open, setOpen] = useState(false)
  const events = clusters.reduce((sum, mark) => sum + mark.count, 0)
  return (
    <details className="map-countries map-marks-list" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t(messages.summary, { marks: clusters.length, count: events })}</summary>
      {open && (
        <ul>
          {[...clusters]
            .sort((a, b) => b.count - a.count)
            .map((mark) => (
              <li key={markKey(mark)}>
                <button type="button" className="link-button" onClick={() => onChoose(mark)}>
                  <bdi>{markName(mark, eventOf)}</bdi>
                </button>
                {onlyEvent(mark) === null && <span className="facet-count"> {t(messages.zoomsIn)}</span>}
              </li>
            ))}
        </ul>
      )}
    </details>
  )
}
