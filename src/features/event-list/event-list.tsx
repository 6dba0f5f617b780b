import { StatusBadge } from '../../components/status-badge'
import type { IndexedEvent, Story } from '../../dataset/story-index'

/** Every event in time order, each with its date as precise as the source allows. */
export function EventList({ story }: { story: Story }) {
  return (
    <section className="event-list" aria-labelledby="event-list-title">
      <h2 id="event-list-title">Events ({story.events.length})</h2>
      <ol>
        {story.events.map((event) => (
          <EventListItem key={event.id} event={event} />
        ))}
      </ol>
    </section>
  )
}

function EventListItem({ event }: { event: IndexedEvent }) {
  return (
    <li className="event-list-item" id={`event-${event.id}`}>
      <time className="event-date" dateTime={event.date}>
        {event.when.label}
      </time>
      <div className="event-body">
        <h3 className="event-title">
          {event.title} <StatusBadge status={event.status} />
        </h3>
        <p className="event-summary">{event.summary}</p>
        <p className="event-source">
          Source: paragraph{event.source.paragraphs.length > 1 ? 's' : ''}{' '}
          {event.source.paragraphs.join(', ')}
        </p>
      </div>
    </li>
  )
}
