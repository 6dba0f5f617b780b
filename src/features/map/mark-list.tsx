import { useState } from 'react'
import { localDateLabel } from '../../components/local-date-label'
import { shownCountryName } from '../../dataset/format/shown-country-name'
import type { IndexedEvent } from '../../dataset/story-index'
import { t } from '../../i18n/i18n-store'
import { defineMessages } from '../../i18n/messages'
import type { Cluster } from './point-clusters'

const messages = defineMessages({
  unnamed: { id: 'map.unnamedPlace', defaultMessage: 'an unnamed place' },
  one: { id: 'map.markOne', defaultMessage: '{title} — {place}, {date}' },
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
function placeOf(event: IndexedEvent): string {
  const place = event.place
  if (place?.name) return place.name
  const [country] = event.countries
  if (country) return shownCountryName(country)
  if (place?.latitude !== undefined && place.longitude !== undefined) {
    return `${place.latitude.toFixed(2)}, ${place.longitude.toFixed(2)}`
  }
  return t(messages.unnamed)
}

// The place most of a mark's events name (of its first 50: a mark of thousands need not be read whole).
function commonPlace(events: readonly IndexedEvent[]): string {
  const tally = new Map<string, number>()
  for (const event of events.slice(0, 50)) {
    const place = placeOf(event)
    tally.set(place, (tally.get(place) ?? 0) + 1)
  }
  let best = ''
  let most = 0
  for (const [place, count] of tally) {
    if (count > most) [best, most] = [place, count]
  }
  return best
}

/** A mark's name, as the list says it and a screen reader reads it. */
export function markName(mark: Cluster): string {
  const [only] = mark.events
  if (mark.count === 1 && only)
    return t(messages.one, { title: only.title, place: placeOf(only), date: localDateLabel(only.when) })
  return t(messages.around, { count: mark.count, place: commonPlace(mark.events) })
}

/**
 * The marks in view, each named, for the keyboard and screen readers (the canvas that draws them is
 * a picture): one event's mark selects it, a mark of several zooms in on them, as a tap does. Listed
 * only while open, busiest first.
 */
export function MarkList(props: { clusters: readonly Cluster[]; onChoose: (mark: Cluster) => void }) {
  const { clusters, onChoose } = props
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
              // Each event is in one mark: its first event's id names it.
              <li key={mark.events[0]?.id}>
                <button type="button" className="link-button" onClick={() => onChoose(mark)}>
                  <bdi>{markName(mark)}</bdi>
                </button>
                {mark.count > 1 && <span className="facet-count"> {t(messages.zoomsIn)}</span>}
              </li>
            ))}
        </ul>
      )}
    </details>
  )
}
