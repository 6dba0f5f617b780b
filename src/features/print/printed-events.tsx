import { createPortal } from 'react-dom'
import { statusLabel } from '../../components/status-badge'
import { countryName } from '../../dataset/format/country-codes'
import type { IndexedEvent, Story } from '../../dataset/story-index'
import { formatCount } from '../../lib/format-count'
import { usePrinting } from './use-printing'
import './print.css'

/** Past this many events a printout is a book: the first are printed, and the page says so. */
export const MOST_PRINTED = 1000

/**
 * What the page prints: the matching events in time order, each with its date, status, summary,
 * actors, quotes (verbatim, with speaker and paragraph) and sources (their addresses written out, as
 * paper has no links). Made only while printing; then the page prints nothing else (print.css).
 */
export function PrintedEvents(props: { story: Story; matching: IndexedEvent[]; filtersInWords: string }) {
  const printing = usePrinting()
  if (!printing) return null
  // A child of body, so that print.css can leave out everything else with one rule.
  return createPortal(<PrintedList {...props} />, document.body)
}

export function PrintedList({
  story,
  matching,
  filtersInWords,
}: {
  story: Story
  matching: IndexedEvent[]
  filtersInWords: string
}) {
  const { dataset, published } = story
  const printed = matching.slice(0, MOST_PRINTED)
  return (
    <article className="printed-story" aria-label="The story, as printed">
      <header>
        <h1 dir="auto">{dataset.title}</h1>
        {dataset.description && <p dir="auto">{dataset.description}</p>}
        <p className="printed-meta">
          Source: <bdi>{dataset.source.title}</bdi>
          {dataset.source.url && <> ({dataset.source.url})</>}
          {published && <>, published {published.label}</>}
        </p>
        <p className="printed-meta">
          {formatCount(matching.length)} of {formatCount(story.events.length)} events
          {filtersInWords && <>: only {filtersInWords}</>}, in time order
          {printed.length < matching.length && <> (the first {formatCount(printed.length)} are printed)</>}.
          This view: {window.location.href}
        </p>
      </header>
      <ol className="printed-events">
        {printed.map((event) => (
          <PrintedEvent key={event.id} story={story} event={event} />
        ))}
      </ol>
    </article>
  )
}

function PrintedEvent({ story, event }: { story: Story; event: IndexedEvent }) {
  const quotes = story.quotesByEvent.get(event.id) ?? []
  const actors = event.actors.flatMap((id) => story.actorsById.get(id)?.name ?? [])
  return (
    <li className="printed-event">
      <h2 dir="auto">{event.title}</h2>
      <p className="printed-when">
        <time dateTime={event.date}>{event.when.label}</time> · {statusLabel(event.status)}
        {event.countries.length > 0 && <> · {event.countries.map(countryName).join(', ')}</>}
      </p>
      {event.summary && <p dir="auto">{event.summary}</p>}
      {actors.length > 0 && (
        <p className="printed-meta">
          Actors: <bdi>{actors.join(', ')}</bdi>
        </p>
      )}
      {quotes.length > 0 && (
        <ul className="printed-quotes">
          {quotes.map((quote) => (
            <li key={quote.id}>
              <blockquote dir="auto">“{quote.text}”</blockquote>
              <p className="printed-meta">
                —{' '}
                <bdi>
                  {(quote.speaker && story.actorsById.get(quote.speaker)?.name) ??
                    quote.speaker ??
                    'Unattributed'}
                </bdi>
                {quote.source && (
                  <>
                    , paragraph {quote.source.paragraph}
                    {quote.source.part && (
                      <> ({quote.source.part === 'heading' ? 'a heading' : 'the standfirst'})</>
                    )}
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className="printed-meta">
        Source: <bdi>{story.dataset.source.title}</bdi>
        {event.source && (
          <>
            , paragraph{event.source.paragraphs.length > 1 ? 's' : ''} {event.source.paragraphs.join(', ')}
          </>
        )}
        {(event.sources ?? []).map((source, index) => (
          // Sources have no id; their order is the dataset's and never changes.
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered
          <span key={index}>
            {'; '}
            <bdi>{[source.outlet, source.url].filter(Boolean).join(', ')}</bdi>
          </span>
        ))}
      </p>
    </li>
  )
}
