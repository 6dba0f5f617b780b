import { useMemo } from 'react'
import { localDateLabel } from '../../components/local-date-label'
import { statusLabel } from '../../components/status-badge'
import { shownCountryName } from '../../dataset/format/shown-country-name'
import type { EventsQuery } from '../../dataset/query/query-description'
import type { IndexedEvent, Story } from '../../dataset/story-index'
import { joinItems, separators } from '../../i18n/i18n-store'
import { defineMessages } from '../../i18n/messages'
import { richText } from '../../i18n/rich-text'
import { useT } from '../../i18n/use-t'
import { answerEvents } from '../../state/query/memory-first-view'
import { queryFilter } from '../../state/query/query-filter'
import { useAnswer } from '../../state/query/use-answer'
import type { ActiveFilters } from '../../state/view-state'
import { PrintedHeader } from './printed-header'
import { usePrintWhenAnswered } from './use-print-when-answered'
import './print.css'

const messages = defineMessages({
  label: { id: 'print.label', defaultMessage: 'The story, as printed' },
  source: { id: 'print.source', defaultMessage: 'Source: <t>{title}</t>' },
  actors: { id: 'print.actors', defaultMessage: 'Actors: <t>{names}</t>' },
  unattributed: { id: 'quotes.unattributed', defaultMessage: 'Unattributed' },
  quoteParagraph: {
    id: 'print.quoteParagraph',
    defaultMessage:
      ', paragraph {paragraph}{part, select, heading { (a heading)} standfirst { (the standfirst)} other {}}',
  },
  paragraphs: {
    id: 'print.paragraphs',
    defaultMessage: ', {count, plural, one {paragraph} other {paragraphs}} {list}',
  },
})

/** Past this many events a printout is a book: the first are printed, and the page says so. */
export const MOST_PRINTED = 1000

/** The printed events' question: the first MOST_PRINTED matching events of all time, in time order. */
export function printedEventsQuestion(filters: ActiveFilters): EventsQuery {
  return { kind: 'events', filter: queryFilter(filters, null), fields: [], limit: MOST_PRINTED, offset: 0 }
}

/**
 * The printed story: the matching events in time order, each with its date, status, summary,
 * actors, quotes (verbatim, with speaker and paragraph) and sources (their addresses written out, as
 * paper has no links). Its code and print.css load after the first view (printed-events.tsx).
 */
export function PrintedList({
  story,
  filters,
  filtersInWords,
  printWhenAnswered = false,
}: {
  story: Story
  filters: ActiveFilters
  filtersInWords: string
  /** Print was pressed: the browser prints once the answer (or the engine's problem) is here. */
  printWhenAnswered?: boolean
}) {
  const t = useT()
  const { dataset, published } = story
  // The first MOST_PRINTED matching events in time order, and how many match: the story's answerer's
  // (in memory, on the render that prints). The events are drawn as the story holds them.
  const { answer, counting, error, retry, retrying } = useAnswer(printedEventsQuestion(filters), answerEvents)
  usePrintWhenAnswered(printWhenAnswered, { answered: answer !== undefined, counting, error, retrying })
  const printed = useMemo(
    () => (answer?.rows ?? []).flatMap((row) => story.eventsById.get(row.id) ?? []),
    [answer, story],
  )
  return (
    <article className="printed-story" aria-label={t(messages.label)}>
      <PrintedHeader
        title={dataset.title}
        description={dataset.description}
        source={dataset.source}
        published={published}
        all={story.events.length}
        answer={answer && { matching: answer.total, printed: printed.length }}
        filtersInWords={filtersInWords}
        problem={{ error, retry, retrying }}
      />
      <ol className="printed-events">
        {printed.map((event) => (
          <PrintedEvent key={event.id} story={story} event={event} />
        ))}
      </ol>
    </article>
  )
}

function PrintedEvent({ story, event }: { story: Story; event: IndexedEvent }) {
  const t = useT()
  const quotes = story.quotesByEvent.get(event.id) ?? []
  const actors = event.actors.flatMap((id) => story.actorsById.get(id)?.name ?? [])
  return (
    <li className="printed-event">
      <h2 dir="auto">{event.title}</h2>
      <p className="printed-when">
        <time dateTime={event.date}>{localDateLabel(event.when)}</time> · {statusLabel(event.status)}
        {event.countries.length > 0 && <> · {joinItems(event.countries.map(shownCountryName))}</>}
      </p>
      {event.summary && <p dir="auto">{event.summary}</p>}
      {actors.length > 0 && (
        <p className="printed-meta">
          {richText(messages.actors, { names: joinItems(actors), t: (chunks) => <bdi>{chunks}</bdi> })}
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
                    t(messages.unattributed)}
                </bdi>
                {quote.source &&
                  t(messages.quoteParagraph, {
                    paragraph: quote.source.paragraph,
                    part: quote.source.part ?? 'none',
                  })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className="printed-meta">
        {richText(messages.source, { title: story.dataset.source.title, t: (chunks) => <bdi>{chunks}</bdi> })}
        {event.source &&
          t(messages.paragraphs, {
            count: event.source.paragraphs.length,
            list: joinItems(event.source.paragraphs.map(String)),
          })}
        {(event.sources ?? []).map((source, index) => (
          // Sources have no id; their order is the dataset's and never changes.
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered
          <span key={index}>
            {separators().semicolon}
            <bdi>{joinItems([source.outlet, source.url].flatMap((part) => (part ? [part] : [])))}</bdi>
          </span>
        ))}
      </p>
    </li>
  )
}
