import { EngineProblemWords } from '../../components/engine-problem/engine-problem-words'
import { joinItems } from '../../i18n/i18n-store'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import type { AnswerSource } from '../../state/query/answer-source'
import { useAnswerOf } from '../../state/query/use-answer'
import { engineOnly } from './engine-story-questions'
import { isolated } from './isolate'
import { RowDate } from './row-date'

const messages = defineMessages({
  heading: { id: 'engineStory.details', defaultMessage: 'Event details' },
  countries: { id: 'engineStory.countries', defaultMessage: 'Countries: {list}' },
  actors: { id: 'engineStory.actors', defaultMessage: 'Actors: {list}' },
  place: { id: 'engineStory.place', defaultMessage: 'Place: {place}' },
  missing: { id: 'engineStory.missing', defaultMessage: 'The engine holds no event with this id.' },
})

/** One event's details, drawn from the engine's `event-details` row (the page holds no event). */
export function EngineEventDetails({ source, id }: { source: AnswerSource; id: string }) {
  const t = useT()
  const details = useAnswerOf(source, { kind: 'event-details', id }, engineOnly())
  const row = details.answer?.rows[0]
  return (
    <section
      className="engine-story-details"
      aria-labelledby="engine-story-details"
      aria-busy={details.counting}
    >
      <h2 id="engine-story-details">{t(messages.heading)}</h2>
      {details.error && <EngineProblemWords error={details.error} onRetry={details.retry} />}
      {details.answer && !row && <p>{t(messages.missing)}</p>}
      {row && (
        <>
          <h3>{row.title}</h3>
          <p>
            <RowDate date={row.date} />
          </p>
          {row.summary && <p>{row.summary}</p>}
          {row.countries.length > 0 && (
            <p>{t(messages.countries, { list: isolated(joinItems(row.countries)) })}</p>
          )}
          {row.actors.length > 0 && <p>{t(messages.actors, { list: isolated(joinItems(row.actors)) })}</p>}
          {row.placeName && <p>{t(messages.place, { place: isolated(row.placeName) })}</p>}
        </>
      )}
    </section>
  )
}
