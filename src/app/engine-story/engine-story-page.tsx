import { useDeferredValue, useMemo, useState } from 'react'
import { AnnouncedProblem, EngineProblemWords } from '../../components/engine-problem/engine-problem-words'
import { defineMessages } from '../../i18n/messages'
import { useLanguage, useT } from '../../i18n/use-t'
import type { EngineHeldStory } from '../../state/query/engine-held'
import { useAnswerOf } from '../../state/query/use-answer'
import { EngineEventDetails } from './engine-event-details'
import { isolated } from './isolate'
import { RowDate } from './row-date'
import './engine-story-page.css'
import { EngineStoryFacets, type PageChoice, type PageFacet } from './engine-story-facets'
import {
  engineOnly,
  facetCountsQuestion,
  firstEventsQuestion,
  SUMMARY_QUESTION,
} from './engine-story-questions'

const messages = defineMessages({
  asking: { id: 'engineStory.asking', defaultMessage: 'Asking the query engine about its story…' },
  counts: {
    id: 'engineStory.counts',
    defaultMessage:
      '{events, plural, one {# event} other {# events}}, {quotes, plural, one {# quote} other {# quotes}}',
  },
  span: { id: 'engineStory.span', defaultMessage: 'From {start} to {end}' },
  source: { id: 'engineStory.source', defaultMessage: 'Source: {source}' },
  heldThere: {
    id: 'engineStory.heldThere',
    defaultMessage:
      'This story is held by the query engine at {endpoint}, not in this page. The timeline, the map, the quotes, story mode and the editor draw a story held in the page: for a story held by an engine they are not available yet.',
  },
  heldInPage: {
    id: 'engineStory.heldInPage',
    defaultMessage:
      'This story is held by the query engine in this page, over the file “{name}”; a reload forgets it. The timeline, the map, the quotes, story mode and the editor draw a story held in the page: for a story held by an engine they are not available yet.',
  },
  firstEvents: { id: 'engineStory.firstEvents', defaultMessage: 'The first events' },
  search: { id: 'engineStory.search', defaultMessage: 'Search titles, summaries and quotes' },
  firstOf: {
    id: 'engineStory.firstOf',
    defaultMessage:
      'The first {shown, number} of {total, plural, one {# event} other {# events}}, in time order.',
  },
})

const NOTHING_CHOSEN: PageChoice = { country: [], category: [] }

/**
 * The page of a story an engine service holds (`?engine=` with no dataset): nothing of the story is
 * loaded into the page; what it shows is drawn from the engine's answers (its summary, the first
 * events' rows, a chosen event's details). Loaded only for such an address (story-page.tsx).
 */
export function EngineStoryPage({ held }: { held: EngineHeldStory }) {
  const t = useT()
  const { locale } = useLanguage()
  const source = held.answers
  const summary = useAnswerOf(source, SUMMARY_QUESTION, engineOnly())
  const [chosen, setChosen] = useState<PageChoice>(NOTHING_CHOSEN)
  const [search, setSearch] = useState('')
  // Asked as typed: the engine answers a keystroke's question while the last answer stays drawn.
  const asked = useDeferredValue(search.trim())
  const counts = useAnswerOf(
    source,
    useMemo(() => facetCountsQuestion(chosen, asked), [chosen, asked]),
    engineOnly(),
  )
  const first = useAnswerOf(
    source,
    useMemo(() => firstEventsQuestion(chosen, asked), [chosen, asked]),
    engineOnly(),
  )
  const toggle = (facet: PageFacet, value: string) =>
    setChosen((before) => {
      const values = before[facet]
      const next = values.includes(value) ? values.filter((kept) => kept !== value) : [...values, value]
      return { ...before, [facet]: next }
    })
  const [selected, setSelected] = useState<string | null>(null)
  const day = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }), [locale])
  const story = summary.answer?.rows[0]
  return (
    <main className="page engine-story">
      {/* The problems below are not live regions: the page says the first once, here (the words'
          module's own, not the dashboard's announcer: this page takes nothing from the first view). */}
      <p className="visually-hidden" aria-live="polite">
        <AnnouncedProblem />
      </p>
      {summary.error ? (
        <EngineProblemWords error={summary.error} onRetry={summary.retry} />
      ) : !story ? (
        <div className="loading-state" role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" />
          {t(messages.asking)}
        </div>
      ) : (
        <header>
          <h1 className="story-title">{story.title}</h1>
          {story.source !== null && story.source !== story.title && (
            <p className="engine-story-line">{t(messages.source, { source: isolated(story.source) })}</p>
          )}
          <p className="engine-story-line">
            {t(messages.counts, { events: story.events, quotes: story.quotes })}
            {story.start !== null && story.end !== null && (
              <>
                {' · '}
                {t(messages.span, { start: day.format(story.start), end: day.format(story.end) })}
              </>
            )}
          </p>
        </header>
      )}
      <p className="engine-story-held" role="note">
        {/* A path in a line of words: isolated, or "/query" reads "query/" right to left. */}
        {held.where.kind === 'service'
          ? t(messages.heldThere, { endpoint: isolated(held.where.endpoint) })
          : t(messages.heldInPage, { name: isolated(held.where.fileName) })}
      </p>
      <div className="engine-story-body">
        <section aria-labelledby="engine-story-first">
          <h2 id="engine-story-first">{t(messages.firstEvents)}</h2>
          <label className="engine-story-search">
            {t(messages.search)}
            <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
          </label>
          {first.error && <EngineProblemWords error={first.error} onRetry={first.retry} />}
          {first.answer && (
            <>
              <p className="engine-story-line">
                {t(messages.firstOf, { shown: first.answer.rows.length, total: first.answer.total })}
              </p>
              <ol className="engine-story-events">
                {first.answer.rows.map((row) => (
                  <li key={row.id}>
                    <button
                      type="button"
                      className="link-button"
                      aria-pressed={selected === row.id}
                      onClick={() => setSelected(row.id)}
                    >
                      {row.title}
                    </button>{' '}
                    <RowDate date={row.date} />
                  </li>
                ))}
              </ol>
            </>
          )}
        </section>
        <div>
          {counts.error && <EngineProblemWords error={counts.error} onRetry={counts.retry} />}
          <EngineStoryFacets
            counts={counts.answer}
            chosen={chosen}
            onToggle={toggle}
            onClear={() => setChosen(NOTHING_CHOSEN)}
          />
          {selected !== null && <EngineEventDetails source={source} id={selected} />}
        </div>
      </div>
    </main>
  )
}
