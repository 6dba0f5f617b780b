import { memo, useMemo } from 'react'
import { actorDescription } from '../../components/actor-label'
import { ScrollArea } from '../../components/scroll-area'
import type { Quote } from '../../dataset/schema'
import type { IndexedEvent, Story } from '../../dataset/story-index'

type QuotesPanelProps = {
  story: Story
  selected: IndexedEvent | undefined
  matching: IndexedEvent[]
  onChooseEvent: (id: string) => void
}

const MAX_QUOTES = 100

/** The selected event's quotes; with no selection, the quotes of every matching event. */
export const QuotesPanel = memo(function QuotesPanel({
  story,
  selected,
  matching,
  onChooseEvent,
}: QuotesPanelProps) {
  const { quotes, total } = useMemo(
    () => firstQuotes(story, selected ? [selected] : matching),
    [story, selected, matching],
  )
  return (
    <section className="panel quotes-panel" aria-labelledby="quotes-title">
      <div className="panel-header">
        <h2 id="quotes-title">Quotes</h2>
        <span className="panel-meta">
          {total.toLocaleString('en')} {selected ? 'from this event' : 'from matching events'}
        </span>
      </div>
      <ScrollArea labelledBy="quotes-title">
        {total > quotes.length && (
          <p className="list-note">
            The first {quotes.length} are shown; choose an event or filter to see others.
          </p>
        )}
        {quotes.length === 0 ? (
          <p className="empty-state">
            {selected ? 'No one is quoted in this event.' : 'No quotes in the matching events.'}
          </p>
        ) : (
          <ul className="quote-list">
            {quotes.map(({ quote, event }) => (
              <QuoteCard
                key={quote.id}
                quote={quote}
                event={event}
                story={story}
                isSelected={event.id === selected?.id}
                onChooseEvent={onChooseEvent}
              />
            ))}
          </ul>
        )}
      </ScrollArea>
    </section>
  )
})

// A large story may match tens of thousands of quotes: keep the first ones, count the rest.
function firstQuotes(
  story: Story,
  events: readonly IndexedEvent[],
): { quotes: Array<{ quote: Quote; event: IndexedEvent }>; total: number } {
  const quotes: Array<{ quote: Quote; event: IndexedEvent }> = []
  let total = 0
  for (const event of events) {
    const ofEvent = story.quotesByEvent.get(event.id)
    if (!ofEvent) continue
    total += ofEvent.length
    for (const quote of ofEvent) if (quotes.length < MAX_QUOTES) quotes.push({ quote, event })
  }
  return { quotes, total }
}

function QuoteCard(props: {
  quote: Quote
  event: IndexedEvent
  story: Story
  isSelected: boolean
  onChooseEvent: (id: string) => void
}) {
  const { quote, event, story } = props
  const speaker = story.actorsById.get(quote.speaker)
  const description = speaker ? actorDescription(speaker) : ''
  return (
    <li className="quote-card">
      <figure>
        <blockquote>
          <p>“{quote.text}”</p>
        </blockquote>
        <figcaption>
          <span className="quote-speaker">{speaker?.name ?? quote.speaker}</span>
          {description && <span className="quote-role">, {description}</span>}
          <span className="quote-meta">
            <time dateTime={event.date}>{event.when.label}</time>
            {quote.source && <> · paragraph {quote.source.paragraph}</>}
          </span>
        </figcaption>
      </figure>
      {!props.isSelected && (
        <button
          type="button"
          className="link-button quote-event"
          onClick={() => props.onChooseEvent(event.id)}
        >
          Show event: {event.title}
        </button>
      )}
    </li>
  )
}
