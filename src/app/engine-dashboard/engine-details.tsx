import { EngineProblem } from '../../components/engine-problem/engine-problem'
import { StatusBadge } from '../../components/status-badge'
import { useDateLabel } from '../../components/use-date-label'
import { shownCountryName } from '../../dataset/format/shown-country-name'
import { PlaceLine } from '../../features/details/place-line'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import type { FacetKey } from '../../state/facets/facet-table'
import type { EngineView } from './use-engine-view'

const messages = defineMessages({
  title: { id: 'panel.details', defaultMessage: 'Event details' },
  hidden: { id: 'details.hidden', defaultMessage: 'This event is hidden by the active filters.' },
  clearFilters: { id: 'timeline.clearFilters', defaultMessage: 'Clear filters' },
  actors: { id: 'details.actors', defaultMessage: 'Actors' },
  countries: { id: 'facets.country.legend', defaultMessage: 'Countries' },
  categories: { id: 'facets.category.legend', defaultMessage: 'Categories' },
  place: { id: 'details.place', defaultMessage: 'Place' },
  noneNamed: { id: 'details.noneNamed', defaultMessage: 'None named' },
  close: { id: 'details.close', defaultMessage: 'Close details' },
  choose: {
    id: 'engineDashboard.choose',
    defaultMessage: 'Choose an event on the timeline or in the list.',
  },
  missing: {
    id: 'engineDashboard.missing',
    defaultMessage: 'The query engine holds no event “{id}”.',
  },
  only: { id: 'engineDashboard.only', defaultMessage: 'Show only events with {value}' },
})

/**
 * The selected event of a story an engine holds, drawn from its `event-details` row: title, date,
 * status, summary, actors, countries and categories (each choosing filters by it), the place. Actors
 * and categories are shown by the names the row gives beside their ids (the id where the engine holds
 * none); choosing one filters by its id, as the link writes it.
 */
export function EngineDetails({ view }: { view: EngineView }) {
  const t = useT()
  const dateLabel = useDateLabel()
  const { selection, actions, state } = view
  const { row, event } = selection
  const chips = (
    facet: FacetKey,
    values: readonly string[],
    nameOf: (value: string, at: number) => string,
  ) =>
    values.length === 0 ? (
      t(messages.noneNamed)
    ) : (
      <ul className="chip-list">
        {values.map((value, at) => (
          <li key={value}>
            <button
              type="button"
              className="chip"
              onClick={() => actions.filterBy(facet, value)}
              title={t(messages.only, { value: nameOf(value, at) })}
            >
              <bdi>{nameOf(value, at)}</bdi>
            </button>
          </li>
        ))}
      </ul>
    )
  // The row's names are one for each id, in their order (read-answer.ts checks it).
  const namedIn = (names: readonly string[]) => (value: string, at: number) => names[at] ?? value
  return (
    <section className="panel details-panel" aria-labelledby="details-title" aria-busy={selection.counting}>
      <div className="panel-header">
        <h2 id="details-title">{t(messages.title)}</h2>
      </div>
      <div className="panel-body">
        <EngineProblem error={selection.error} onRetry={selection.retry} />
        {row && event ? (
          <article className="event-details" aria-labelledby="selected-event-title">
            <h3 id="selected-event-title" className="details-title" dir="auto">
              {row.title}
            </h3>
            <p className="details-when">
              <time dateTime={row.date}>{dateLabel(event.when)}</time> <StatusBadge status={event.status} />
            </p>
            {selection.hiddenByFilters && (
              <div className="hidden-notice" role="status">
                {t(messages.hidden)}{' '}
                <button type="button" className="link-button" onClick={actions.clearFilters}>
                  {t(messages.clearFilters)}
                </button>
              </div>
            )}
            {row.summary && (
              <p className="details-summary" dir="auto">
                {row.summary}
              </p>
            )}
            <dl className="details-facts">
              <dt>{t(messages.actors)}</dt>
              <dd>{chips('actor', row.actors, namedIn(row.actorNames))}</dd>
              <dt>{t(messages.countries)}</dt>
              <dd>{chips('country', row.countries, (code) => shownCountryName(code))}</dd>
              {row.categories.length > 0 && (
                <>
                  <dt>{t(messages.categories)}</dt>
                  <dd>{chips('category', row.categories, namedIn(row.categoryNames))}</dd>
                </>
              )}
              {(row.placeName !== null || row.latitude !== null) && (
                <>
                  <dt>{t(messages.place)}</dt>
                  <dd>
                    <PlaceLine
                      name={row.placeName}
                      coordinates={
                        row.latitude !== null && row.longitude !== null
                          ? `${row.latitude}, ${row.longitude}`
                          : null
                      }
                      className="chip-note"
                      ltr
                    />
                  </dd>
                </>
              )}
            </dl>
            <div className="details-actions">
              <button type="button" className="link-button" onClick={view.closeDetails}>
                {t(messages.close)}
              </button>
            </div>
          </article>
        ) : selection.missing && state.event !== null ? (
          <p className="empty-state" role="status">
            {t(messages.missing, { id: state.event })}
          </p>
        ) : selection.counting || selection.error ? null : (
          <p className="empty-state">{t(messages.choose)}</p>
        )}
      </div>
    </section>
  )
}
