import { localDateLabel } from '../../components/local-date-label'
import { statusLabel } from '../../components/status-badge'
import { readableNow } from '../../dataset/dates/read-edtf'
import { eventStatuses } from '../../dataset/format/format-constants'
import { shownCountryName } from '../../dataset/format/shown-country-name'
import type { EventRow } from '../../dataset/query/answers'
import type { EventsQuery } from '../../dataset/query/query-description'
import { joinItems } from '../../i18n/i18n-store'
import { defineMessages } from '../../i18n/messages'
import { richText } from '../../i18n/rich-text'
import { useT } from '../../i18n/use-t'
import { answerEvents } from '../../state/query/memory-first-view'
import { queryFilter } from '../../state/query/query-filter'
import { useAnswer } from '../../state/query/use-answer'
import type { ActiveFilters } from '../../state/view-state'
import { PrintedHeader } from './printed-header'
import { MOST_PRINTED } from './printed-list'
import { usePrintWhenAnswered } from './use-print-when-answered'
import './print.css'

const messages = defineMessages({
  label: { id: 'print.label', defaultMessage: 'The story, as printed' },
  actors: { id: 'print.actors', defaultMessage: 'Actors: <t>{names}</t>' },
})

/** The printed events' question of an engine: the first MOST_PRINTED matching events with what is printed of each. */
export function enginePrintedQuestion(filters: ActiveFilters): EventsQuery {
  return {
    kind: 'events',
    filter: queryFilter(filters, null),
    fields: ['title', 'date', 'precision', 'status', 'countries', 'actors'],
    limit: MOST_PRINTED,
    offset: 0,
  }
}

/** What a story an engine holds is said to be in print: its names and its number of events. */
export type EnginePrintedStory = { title: string; sourceTitle: string; events: number }

/**
 * The printout of a story an engine holds: the first MOST_PRINTED matching events in time order, asked
 * of the engine, each with its date, status, countries and actors (what its events answer gives), under
 * the header that says how many match, with which filters, and how many are left out.
 */
export function EnginePrintedList({
  story,
  filters,
  filtersInWords,
  printWhenAnswered = false,
}: {
  story: EnginePrintedStory
  filters: ActiveFilters
  filtersInWords: string
  printWhenAnswered?: boolean
}) {
  const t = useT()
  // answerEvents is never called here (an engine answers), but useAnswer asks for the index's way too.
  const { answer, counting, error, retry, retrying } = useAnswer(enginePrintedQuestion(filters), answerEvents)
  usePrintWhenAnswered(printWhenAnswered, { answered: answer !== undefined, counting, error, retrying })
  return (
    <article className="printed-story" aria-label={t(messages.label)}>
      <PrintedHeader
        title={story.title}
        source={{ title: story.sourceTitle }}
        all={story.events}
        answer={answer && { matching: answer.total, printed: answer.rows.length }}
        filtersInWords={filtersInWords}
        problem={{ error, retry, retrying }}
      />
      <ol className="printed-events">
        {(answer?.rows ?? []).map((row) => (
          <EnginePrintedEvent key={row.id} row={row} />
        ))}
      </ol>
    </article>
  )
}

function EnginePrintedEvent({ row }: { row: EventRow }) {
  const read = row.date === undefined ? null : readableNow(row.date)
  const countries = row.countries ?? []
  const actors = row.actors ?? []
  const status = eventStatuses.find((known) => known === row.status)
  return (
    <li className="printed-event">
      <h2 dir="auto">{row.title ?? row.id}</h2>
      <p className="printed-when">
        <time dateTime={row.date}>{read?.ok ? localDateLabel(read.date) : row.date}</time>
        {status && <> · {statusLabel(status)}</>}
        {countries.length > 0 && <> · {joinItems(countries.map(shownCountryName))}</>}
      </p>
      {actors.length > 0 && (
        <p className="printed-meta">
          {richText(messages.actors, { names: joinItems(actors), t: (chunks) => <bdi>{chunks}</bdi> })}
        </p>
      )}
    </li>
  )
}
