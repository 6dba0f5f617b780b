import { memo, useCallback, useState } from 'react'
import { LongList } from '../../components/long-list'
import { StatusBadge } from '../../components/status-badge'
import type { IndexedEvent } from '../../dataset/story-index'
import { formatCount } from '../../lib/format-count'
import './event-list.css'

type EventListProps = {
  events: IndexedEvent[]
  /** Said above the list when it shows only part of the matching events. */
  note: string | null
  total: number
  selectedId: string | null
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
        <bdi className="event-title">{event.title}</bdi>
        {event.status !== 'occurred' && <StatusBadge status={event.status} />}
      </button>
    ),
    [selectedId, onSelect],
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
          !note && <p className="empty-state">No event matches the filters.</p>
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
