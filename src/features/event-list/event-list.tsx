import { memo, useCallback, useState } from 'react'
import { HighlightedText } from '../../components/highlighted-text'
import { LongList } from '../../components/long-list'
import { StatusBadge } from '../../components/status-badge'
import type { IndexedEvent } from '../../dataset/story-index'
import { formatCount } from '../../lib/format-count'
import { matchRanges, matchSnippet } from '../../state/search-highlight'
import './event-list.css'

type EventListProps = {
  events: IndexedEvent[]
  /** Said above the list when it shows only part of the matching events. */
  note: string | null
  total: number
  selectedId: string | null
  /** The search: its terms are marked, and a result whose title lacks them shows where they are. */
  search: { text: string; terms: readonly string[]; quotesOf: (event: IndexedEvent) => readonly string[] }
  /** Clears the search (offered when it finds nothing). */
  onClearSearch: () => void
  onSelect: (id: string) => void
  onStep: (direction: -1 | 1) => void
}

/**
 * The matching events as a list, in time order: the timeline's text twin for screen readers and small
 * screens. It shares the timeline's selection; Up and Down step through it.
 */
export const EventList = memo(function EventList({
  events,
  note,
  total,
  selectedId,
  search,
  onClearSearch,
  onSelect,
  onStep,
}: EventListProps) {
  const [body, setBody] = useState<HTMLDivElement | null>(null)
  const renderRow = useCallback(
    (event: IndexedEvent) => (
      <button
        type="button"
        className="event-list-button"
        aria-current={event.id === selectedId ? 'true' : undefined}
        onClick={() => onSelect(event.id)}
      >
        <time className="event-date" dateTime={event.date}>
          {event.when.label}
        </time>
        <bdi className="event-title">
          <HighlightedText text={event.title} ranges={matchRanges(event.title, search.terms)} />
        </bdi>
        {event.status !== 'occurred' && <StatusBadge status={event.status} />}
        <WhyItMatched event={event} search={search} />
      </button>
    ),
    [selectedId, onSelect, search],
  )

  return (
    <section className="panel event-list" aria-labelledby="event-list-title">
      <div className="panel-header">
        <h2 id="event-list-title">Events</h2>
        <span className="panel-meta">
          {note
            ? `${formatCount(events.length)} listed`
            : `${formatCount(events.length)} of ${formatCount(total)}`}
        </span>
      </div>
      {/* Above the scrolling rows, not among them: it stays in sight, and the rows' places do not move with it. */}
      {note && <p className="list-note panel-note">{note}</p>}
      <div className="panel-body" ref={setBody}>
        {events.length === 0 ? (
          // With a note, the note has said why the list is empty.
          !note &&
          (search.terms.length > 0 ? (
            <p className="empty-state" role="status">
              No results for “<bdi>{search.text.trim()}</bdi>”
              {/* Other filters may share the blame: the filters panel says which. */}.{' '}
              <button type="button" className="link-button" onClick={onClearSearch}>
                Clear search
              </button>
            </p>
          ) : (
            <p className="empty-state">No event matches the filters.</p>
          ))
        ) : (
          <LongList
            items={events}
            itemKey={eventKey}
            renderItem={renderRow}
            scroller={body}
            estimatedRowHeight={50}
            keepInView={selectedId}
            ordered
            className="event-list-items"
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault()
                onStep(event.key === 'ArrowDown' ? 1 : -1)
              }
            }}
          />
        )}
      </div>
    </section>
  )
})

const eventKey = (event: IndexedEvent) => event.id

/** Where a result matched, when its title does not show it: the summary's words, or a quote's. */
function WhyItMatched({ event, search }: { event: IndexedEvent; search: EventListProps['search'] }) {
  if (search.terms.length === 0) return null
  const inTitle = matchRanges(event.title, search.terms)
  if (inTitle.length > 0) return null
  const fromSummary = matchSnippet(event.summary ?? '', search.terms)
  const fromQuote = fromSummary
    ? null
    : search
        .quotesOf(event)
        .reduce<ReturnType<typeof matchSnippet>>(
          (found, quote) => found ?? matchSnippet(quote, search.terms),
          null,
        )
  const snippet = fromSummary ?? fromQuote
  if (!snippet) return null
  return (
    <span className="event-snippet">
      <span className="visually-hidden">
        {fromSummary ? 'Matched in the summary: ' : 'Matched in a quote: '}
      </span>
      {fromQuote && <span aria-hidden="true">Quote: </span>}
      <bdi>
        <HighlightedText text={snippet.text} ranges={snippet.ranges} />
      </bdi>
    </span>
  )
}
