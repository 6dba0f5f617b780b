import { memo, useCallback, useState } from 'react'
import { EngineProblem } from '../../components/engine-problem/engine-problem'
import { HighlightedText } from '../../components/highlighted-text'
import { LongList } from '../../components/long-list'
import { StatusBadge } from '../../components/status-badge'
import type { IndexedEvent } from '../../dataset/story-index'
import type { AskingProblem } from '../../state/query/asking-problem'
import { matchRanges, matchSnippet } from '../../state/search-highlight'
import './event-list.css'
import { useDateLabel } from '../../components/use-date-label'
import { defineMessages } from '../../i18n/messages'
import { richText } from '../../i18n/rich-text'
import { useT } from '../../i18n/use-t'

const messages = defineMessages({
  events: { id: 'eventList.title', defaultMessage: 'Events' },
  listed: { id: 'eventList.listed', defaultMessage: '{count, number} listed' },
  ofTotal: { id: 'eventList.ofTotal', defaultMessage: '{count, number} of {total, number}' },
  noResults: { id: 'eventList.noResults', defaultMessage: 'No results for “<q>{text}</q>”.' },
  clearSearch: { id: 'eventList.clearSearch', defaultMessage: 'Clear search' },
  noMatch: { id: 'eventList.noMatch', defaultMessage: 'No event matches the filters.' },
  inSummary: { id: 'eventList.inSummary', defaultMessage: 'Matched in the summary:' },
  inQuote: { id: 'eventList.inQuote', defaultMessage: 'Matched in a quote:' },
  quote: { id: 'eventList.quote', defaultMessage: 'Quote:' },
})

/**
 * What the list draws of an event: a story's own event, or an engine's row read as one (its summary
 * and quotes are then not in the page, so a search hit outside the title shows no snippet).
 */
export type ListedEvent = Pick<IndexedEvent, 'id' | 'title' | 'date' | 'when' | 'status'> & {
  summary?: string | undefined
}

type EventListProps = {
  events: readonly ListedEvent[]
  /** Said above the list when it shows only part of the matching events. */
  note: string | null
  total: number
  selectedId: string | null
  /** The search: its terms are marked, and a result whose title lacks them shows where they are. */
  search: { text: string; terms: readonly string[]; quotesOf: (event: ListedEvent) => readonly string[] }
  /** Clears the search (offered when it finds nothing). */
  onClearSearch: () => void
  onSelect: (id: string) => void
  onStep: (direction: -1 | 1) => void
  /** The engine's failure to answer the list's questions, said above the rows it drew before. */
  problem?: AskingProblem | undefined
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
  problem,
}: EventListProps) {
  const failed = problem?.error ?? null
  const t = useT()
  const dateLabel = useDateLabel()
  const [body, setBody] = useState<HTMLDivElement | null>(null)
  const renderRow = useCallback(
    (event: ListedEvent) => (
      <button
        type="button"
        className="event-list-button"
        aria-current={event.id === selectedId ? 'true' : undefined}
        onClick={() => onSelect(event.id)}
      >
        <time className="event-date" dateTime={event.date}>
          {dateLabel(event.when)}
        </time>
        <bdi className="event-title">
          <HighlightedText text={event.title} ranges={matchRanges(event.title, search.terms)} />
        </bdi>
        {event.status !== 'occurred' && <StatusBadge status={event.status} />}
        <WhyItMatched event={event} search={search} />
      </button>
    ),
    [selectedId, onSelect, search, dateLabel],
  )

  return (
    <section className="panel event-list" aria-labelledby="event-list-title">
      <div className="panel-header">
        <h2 id="event-list-title">{t(messages.events)}</h2>
        <span className="panel-meta">
          {note
            ? t(messages.listed, { count: events.length })
            : t(messages.ofTotal, { count: events.length, total })}
        </span>
      </div>
      {/* Above the scrolling rows, not among them: it stays in sight, and the rows' places do not move with it. */}
      {note && <p className="list-note panel-note">{note}</p>}
      <EngineProblem
        error={failed}
        onRetry={problem?.retry}
        retrying={problem?.retrying}
        stale={events.length > 0}
      />
      <div className={failed ? 'panel-body engine-stale' : 'panel-body'} ref={setBody}>
        {events.length === 0 ? (
          // With a note, the note has said why the list is empty; with a problem, the problem has.
          !note &&
          !failed &&
          (search.terms.length > 0 ? (
            <p className="empty-state" role="status">
              {/* Other filters may share the blame: the filters panel says which. */}
              {richText(messages.noResults, {
                text: search.text.trim(),
                q: (chunks) => <bdi>{chunks}</bdi>,
              })}{' '}
              <button type="button" className="link-button" onClick={onClearSearch}>
                {t(messages.clearSearch)}
              </button>
            </p>
          ) : (
            <p className="empty-state">{t(messages.noMatch)}</p>
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

const eventKey = (event: ListedEvent) => event.id

/** Where a result matched, when its title does not show it: the summary's words, or a quote's. */
function WhyItMatched({ event, search }: { event: ListedEvent; search: EventListProps['search'] }) {
  const t = useT()
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
      <span className="visually-hidden">{fromSummary ? t(messages.inSummary) : t(messages.inQuote)} </span>
      {fromQuote && <span aria-hidden="true">{t(messages.quote)} </span>}
      <bdi>
        <HighlightedText text={snippet.text} ranges={snippet.ranges} />
      </bdi>
    </span>
  )
}
