import { memo, type RefObject, useRef } from 'react'
import { actorDescription } from '../../components/actor-label'
import { CopyButton } from '../../components/copy-button/copy-button'
import { HighlightedText } from '../../components/highlighted-text'
import { ScrollArea } from '../../components/scroll-area'
import { ParagraphLink } from '../../components/source-text/paragraph-link'
import { StatusBadge } from '../../components/status-badge'
import { countryName } from '../../dataset/format/country-codes'
import type { IndexedEvent, Story } from '../../dataset/story-index'
import type { FacetKey } from '../../state/facets/facet-table'
import { matchRanges } from '../../state/search-highlight'
import { linkToEvent } from '../../state/share-links'
import './details.css'
import { documentOf } from '../../dataset/format/documents'
import { EventExtras } from './event-extras'
import { useSelectionFocus } from './use-selection-focus'

type DetailsPanelProps = {
  story: Story
  event: IndexedEvent | undefined
  /** The search's terms, marked where they occur. */
  searchTerms: readonly string[]
  hiddenByFilters: boolean
  /** Shows only the events of a value (an actor, a country, a category chosen here). */
  onFilterBy: (facet: FacetKey, value: string) => void
  onClearFilters: () => void
  onClose: () => void
  onStep: (direction: -1 | 1) => void
}

/** The selected event: what, when, who, and where in the source it comes from. */
export const DetailsPanel = memo(function DetailsPanel({
  story,
  event,
  hiddenByFilters,
  searchTerms,
  ...actions
}: DetailsPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null)
  useSelectionFocus(event?.id, heading)
  return (
    <section className="panel details-panel" aria-labelledby="details-title">
      <div className="panel-header">
        <h2 id="details-title">Event details</h2>
        <div className="button-row">
          <button
            type="button"
            className="icon-button"
            onClick={() => actions.onStep(-1)}
            aria-keyshortcuts="p"
          >
            <span aria-hidden="true">‹</span> Previous
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={() => actions.onStep(1)}
            aria-keyshortcuts="n"
          >
            Next <span aria-hidden="true">›</span>
          </button>
        </div>
      </div>
      {/* Said when the selection changes, however it was made: the list, the timeline, a key, a link. */}
      <p className="visually-hidden" aria-live="polite">
        {event ? `Selected: ${event.title}, ${event.when.label}` : ''}
      </p>
      <ScrollArea labelledBy="details-title">
        {event ? (
          <EventDetails
            story={story}
            event={event}
            hiddenByFilters={hiddenByFilters}
            searchTerms={searchTerms}
            headingRef={heading}
            {...actions}
          />
        ) : (
          <p className="empty-state">
            Choose an event on the timeline, in the list or from a quote; or press <kbd>N</kbd> and{' '}
            <kbd>P</kbd> to step through events in time.
          </p>
        )}
      </ScrollArea>
    </section>
  )
})

function EventDetails({
  story,
  event,
  hiddenByFilters,
  searchTerms,
  onFilterBy,
  onClearFilters,
  onClose,
  headingRef,
}: DetailsPanelProps & { event: IndexedEvent; headingRef: RefObject<HTMLHeadingElement | null> }) {
  return (
    <article className="event-details" aria-labelledby="selected-event-title">
      <h3 ref={headingRef} id="selected-event-title" className="details-title" dir="auto" tabIndex={-1}>
        <HighlightedText text={event.title} ranges={matchRanges(event.title, searchTerms)} />
      </h3>
      <p className="details-when">
        <time dateTime={event.date}>{event.when.label}</time> <StatusBadge status={event.status} />
      </p>
      {hiddenByFilters && (
        <div className="hidden-notice" role="status">
          This event is hidden by the active filters.{' '}
          <button type="button" className="link-button" onClick={onClearFilters}>
            Clear filters
          </button>
        </div>
      )}
      {event.summary && (
        <p className="details-summary" dir="auto">
          <HighlightedText text={event.summary} ranges={matchRanges(event.summary, searchTerms)} />
        </p>
      )}
      <dl className="details-facts">
        <dt>Actors</dt>
        <dd>
          {event.actors.length === 0 && 'None named'}
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
                    title={`Show only events involving ${actor.name}`}
                  >
                    <bdi>{actor.name}</bdi>
                    {description && (
                      <span className="chip-note">
                        {' · '}
                        <bdi>{description}</bdi>
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
        <dt>Countries</dt>
        <dd>{event.countries.length ? event.countries.map(countryName).join(', ') : 'None named'}</dd>
        <EventExtras story={story} event={event} onFilterBy={onFilterBy} />
        <dt>Source</dt>
        <dd>
          {(documentOf(story.dataset, event.source?.document) ?? story.dataset.source).title}
          {event.source && (
            <>
              , paragraph{event.source.paragraphs.length > 1 ? 's' : ''}{' '}
              {event.source.paragraphs.map((paragraph, index) => (
                // A paragraph may be named twice: its place in the list tells the two apart.
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered
                <span key={index}>
                  {index > 0 && ', '}
                  <ParagraphLink
                    source={documentOf(story.dataset, event.source?.document) ?? story.dataset.source}
                    paragraph={paragraph}
                    label={`Paragraph ${paragraph} of the source`}
                  >
                    {paragraph}
                  </ParagraphLink>
                </span>
              ))}
            </>
          )}
          {event.originalId && (
            <span className="chip-note">
              {' · id in the file: '}
              <bdi>{event.originalId}</bdi>
            </span>
          )}
        </dd>
      </dl>
      <div className="details-actions">
        <CopyButton
          label="Copy link to this event"
          copiedLabel="Link to the event copied"
          fallbackLabel="Copy this link to the event:"
          textToCopy={() => linkToEvent(window.location.href, event.id)}
        />
        <button type="button" className="link-button" onClick={onClose} aria-keyshortcuts="Escape">
          Close details
        </button>
      </div>
    </article>
  )
}
