import { memo, useEffect, useRef } from 'react'
import { StatusBadge } from '../../components/status-badge'
import type { IndexedEvent } from '../../dataset/story-index'

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
  const listRef = useRef<HTMLOListElement>(null)

  useEffect(() => {
    const list = listRef.current
    if (!list || !selectedId) return
    const selected = list.querySelector<HTMLButtonElement>('[aria-current="true"]')
    if (!selected) return
    scrollIntoPanel(selected)
    // Keep the keyboard where the reader is: if they were in the list, follow the selection.
    if (list.contains(document.activeElement)) selected.focus()
  }, [selectedId])

  return (
    <section className="panel event-list" aria-labelledby="event-list-title">
      <div className="panel-header">
        <h2 id="event-list-title">Events</h2>
        <span className="panel-meta">
          {note ? `${events.length} listed` : `${events.length} of ${total}`}
        </span>
      </div>
      <div className="panel-body">
        {note && <p className="list-note">{note}</p>}
        {events.length === 0 ? (
          <p className="empty-state">No event matches the filters.</p>
        ) : (
          <ol
            ref={listRef}
            className="event-list-items"
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault()
                onStep(event.key === 'ArrowDown' ? 1 : -1)
              }
            }}
          >
            {events.map((event) => (
              <li key={event.id}>
                <button
                  type="button"
                  className="event-list-button"
                  aria-current={event.id === selectedId ? 'true' : undefined}
                  onClick={() => onSelect(event.id)}
                >
                  <time className="event-date" dateTime={event.date}>
                    {event.when.label}
                  </time>
                  <span className="event-title">{event.title}</span>
                  {event.status !== 'occurred' && <StatusBadge status={event.status} />}
                </button>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  )
})

// Scrolls the list's own panel, never the page: on a phone, selecting on the timeline must not jump
// the page down to the list.
function scrollIntoPanel(element: HTMLElement): void {
  const container = element.closest<HTMLElement>('.panel-body')
  if (!container) return
  const top = element.offsetTop
  const bottom = top + element.offsetHeight
  if (top < container.scrollTop || bottom > container.scrollTop + container.clientHeight) {
    container.scrollTop = top - (container.clientHeight - element.offsetHeight) / 2
  }
}
