import type { RefObject } from 'react'
import { actorDescription } from '../../components/actor-label'
import { CopyButton } from '../../components/copy-button/copy-button'
import { HighlightedText } from '../../components/highlighted-text'
import { ParagraphLink } from '../../components/source-text/paragraph-link'
import { StatusBadge } from '../../components/status-badge'
import { useDateLabel } from '../../components/use-date-label'
import { documentOf } from '../../dataset/format/documents'
import { shownCountryName } from '../../dataset/format/shown-country-name'
import type { IndexedEvent, Story } from '../../dataset/story-index'
import { joinList, separators } from '../../i18n/i18n-store'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import type { FacetKey } from '../../state/facets/facet-table'
import { matchRanges } from '../../state/search-highlight'
import { linkToEvent } from '../../state/share-links'
import { EventExtras } from './event-extras'

// The selected event's whole view, loaded once an event is chosen or after the first view has been
// painted (details-panel.tsx): the first view shows the panel's invitation to choose one.

export type EventDetailsProps = {
  story: Story
  event: IndexedEvent
  /** The search's terms, marked where they occur. */
  searchTerms: readonly string[]
  hiddenByFilters: boolean
  /** Shows only the events of a value (an actor, a country, a category chosen here). */
  onFilterBy: (facet: FacetKey, value: string) => void
  onClearFilters: () => void
  onClose: () => void
  headingRef: RefObject<HTMLHeadingElement | null>
}

const messages = defineMessages({
  hidden: { id: 'details.hidden', defaultMessage: 'This event is hidden by the active filters.' },
  clearFilters: { id: 'timeline.clearFilters', defaultMessage: 'Clear filters' },
  actors: { id: 'details.actors', defaultMessage: 'Actors' },
  noneNamed: { id: 'details.noneNamed', defaultMessage: 'None named' },
  onlyActor: { id: 'details.onlyActor', defaultMessage: 'Show only events involving {name}' },
  countries: { id: 'facets.country.legend', defaultMessage: 'Countries' },
  source: { id: 'details.source', defaultMessage: 'Source' },
  paragraphs: {
    id: 'details.paragraphs',
    defaultMessage: '{count, plural, one {paragraph} other {paragraphs}}',
  },
  paragraphOfSource: {
    id: 'details.paragraphOfSource',
    defaultMessage: 'Paragraph {paragraph} of the source',
  },
  idInFile: { id: 'details.idInFile', defaultMessage: 'id in the file:' },
  copyLink: { id: 'details.copyLink', defaultMessage: 'Copy link to this event' },
  copied: { id: 'details.copied', defaultMessage: 'Link to the event copied' },
  fallback: { id: 'details.fallback', defaultMessage: 'Copy this link to the event:' },
  close: { id: 'details.close', defaultMessage: 'Close details' },
})

export function EventDetails({
  story,
  event,
  hiddenByFilters,
  searchTerms,
  onFilterBy,
  onClearFilters,
  onClose,
  headingRef,
}: EventDetailsProps) {
  const t = useT()
  const dateLabel = useDateLabel()
  return (
    <article className="event-details" aria-labelledby="selected-event-title">
      <h3 ref={headingRef} id="selected-event-title" className="details-title" dir="auto" tabIndex={-1}>
        <HighlightedText text={event.title} ranges={matchRanges(event.title, searchTerms)} />
      </h3>
      <p className="details-when">
        <time dateTime={event.date}>{dateLabel(event.when)}</time> <StatusBadge status={event.status} />
      </p>
      {hiddenByFilters && (
        <div className="hidden-notice" role="status">
          {t(messages.hidden)}{' '}
          <button type="button" className="link-button" onClick={onClearFilters}>
            {t(messages.clearFilters)}
          </button>
        </div>
      )}
      {event.summary && (
        <p className="details-summary" dir="auto">
          <HighlightedText text={event.summary} ranges={matchRanges(event.summary, searchTerms)} />
        </p>
      )}
      <dl className="details-facts">
        <dt>{t(messages.actors)}</dt>
        <dd>
          {event.actors.length === 0 && t(messages.noneNamed)}
          <ul className="chip-list">
            {event.actors.map((id) => {
              const actor = story.actorsById.get(id)
              if (!actor) return null
              const description = actorDescription(actor)
              // The actor's part in this event (story-timeline/2), where the data gives one.
              const roleHere = event.actorRoles?.find((role) => role.actor === id)?.role
              // A country acting as such filters by its country, the filter that has its checkbox.
              const { country } = actor
              const choose =
                actor.kind === 'country' && country
                  ? () => onFilterBy('country', country)
                  : () => onFilterBy('actor', id)
              return (
                <li key={id}>
                  <button
                    type="button"
                    className="chip"
                    onClick={choose}
                    title={t(messages.onlyActor, { name: actor.name })}
                  >
                    <bdi>{actor.name}</bdi>
                    {description && (
                      <span className="chip-note">
                        {' · '}
                        {description}
                      </span>
                    )}
                    {roleHere && (
                      <span className="chip-note">
                        {' · '}
                        <bdi>{roleHere}</bdi>
                      </span>
                    )}
                  </button>
                </li>
              )
            })}
          </ul>
        </dd>
        <dt>{t(messages.countries)}</dt>
        <dd>
          {event.countries.length ? joinList(event.countries.map(shownCountryName)) : t(messages.noneNamed)}
        </dd>
        <EventExtras story={story} event={event} onFilterBy={onFilterBy} />
        <dt>{t(messages.source)}</dt>
        <dd>
          <bdi>{(documentOf(story.dataset, event.source?.document) ?? story.dataset.source).title}</bdi>
          {event.source && (
            <>
              {separators().comma}
              {t(messages.paragraphs, { count: event.source.paragraphs.length })}{' '}
              {event.source.paragraphs.map((paragraph, index) => (
                // A paragraph may be named twice: its place in the list tells the two apart.
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered
                <span key={index}>
                  {index > 0 && separators().comma}
                  <ParagraphLink
                    source={documentOf(story.dataset, event.source?.document) ?? story.dataset.source}
                    paragraph={paragraph}
                    label={t(messages.paragraphOfSource, { paragraph })}
                  >
                    {paragraph}
                  </ParagraphLink>
                </span>
              ))}
            </>
          )}
          {event.originalId && (
            <span className="chip-note">
              {` · ${t(messages.idInFile)} `}
              <bdi>{event.originalId}</bdi>
            </span>
          )}
        </dd>
      </dl>
      <div className="details-actions">
        <CopyButton
          label={t(messages.copyLink)}
          copiedLabel={t(messages.copied)}
          fallbackLabel={t(messages.fallback)}
          textToCopy={() => linkToEvent(window.location.href, event.id)}
        />
        <button type="button" className="link-button" onClick={onClose} aria-keyshortcuts="Escape">
          {t(messages.close)}
        </button>
      </div>
    </article>
  )
}
