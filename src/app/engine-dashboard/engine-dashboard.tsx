import { useMemo } from 'react'
import { EngineAnnouncer, EngineProblem } from '../../components/engine-problem/engine-problem'
import { LanguageMenu } from '../../components/language-menu'
import { LoadingState } from '../../components/loading-state'
import { NoticeList } from '../../components/notice-list'
import { ThemeToggle } from '../../components/theme-toggle'
import { EngineExportButtons } from '../../features/data-io/engine-export-buttons'
import { LoadStatus } from '../../features/data-io/load-status'
import { OpenDatasetButton } from '../../features/data-io/open-dataset-button'
import { EnginePrintedEvents } from '../../features/print/engine-printed-events'
import { PrintButton } from '../../features/print/print-button'
import { CopyLinkButton } from '../../features/share/copy-link-button'
import { StoryHeader } from '../../features/story/story-header'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import { AnswerSourceProvider } from '../../state/query/answer-source'
import type { EngineHeldStory } from '../../state/query/engine-held'
import { useAnswerOf } from '../../state/query/use-answer'
import { engineKnowledge } from '../../state/shown-story'
import type { StorySourceControls } from '../dashboard'
import { FiltersOfView } from '../panels/filters-of-view'
import { useKeyboardShortcuts } from '../use-keyboard-shortcuts'
import { EngineChartsOrMap } from './engine-charts-or-map'
import { EngineDetails } from './engine-details'
import { EngineList } from './engine-list'
import { engineOnly, SUMMARY_QUESTION, VOCABULARY_LIMIT, VOCABULARY_QUESTION } from './engine-questions'
import { EngineQuotes } from './engine-quotes'
import { EngineTimeline } from './engine-timeline'
import { type EngineShown, useEngineView } from './use-engine-view'

const messages = defineMessages({
  asking: { id: 'engineStory.asking', defaultMessage: 'Asking the query engine about its story…' },
  tools: { id: 'dashboard.tools', defaultMessage: 'Tools' },
  backToBuiltin: { id: 'dashboard.backToBuiltin', defaultMessage: 'Back to the built-in story' },
  heldThere: {
    id: 'engineDashboard.heldThere',
    defaultMessage:
      'This story is held by the query engine at {endpoint}, not in this page: every view asks it. Story mode and the editor need a story held in the page, so they are not offered for it.',
  },
  namedByIds: {
    id: 'engineDashboard.namedByIds',
    defaultMessage:
      'The engine’s file names this story’s actors and categories only by their ids: it was made before the engine kept their names. Made again ({command}), it shows them.',
  },
  heldInPage: {
    id: 'engineDashboard.heldInPage',
    defaultMessage:
      'This story is held by the query engine in this page, over the file “{name}”; a reload forgets it. Every view asks it. Story mode and the editor need a story held as events, so they are not offered for it.',
  },
})

type Controls = Pick<StorySourceControls, 'opening' | 'onOpenBuiltin'>

/**
 * The dashboard of a story an engine holds (loaded only for one: story-page.tsx). It first asks what
 * the frame needs (the story's summary, each facet's values), then draws the dashboard's own views
 * from the engine's answers.
 */
export function EngineDashboard({ held, source }: { held: EngineHeldStory; source: Controls }) {
  const t = useT()
  const summary = useAnswerOf(held.answers, SUMMARY_QUESTION, engineOnly())
  const values = useAnswerOf(held.answers, VOCABULARY_QUESTION, engineOnly())
  const row = summary.answer?.rows[0]
  const rows = values.answer?.rows
  const shown = useMemo(
    (): EngineShown | null =>
      row && rows
        ? { held: 'engine', engine: held, known: engineKnowledge(row, rows, VOCABULARY_LIMIT) }
        : null,
    [held, row, rows],
  )
  if (shown) return <EngineStoryDashboard shown={shown} source={source} />
  const failed = summary.error ? summary : values.error ? values : null
  return (
    <main className="page">
      {failed ? (
        <EngineProblem error={failed.error} onRetry={failed.retry} retrying={failed.retrying} />
      ) : (
        <LoadingState label={t(messages.asking)} />
      )}
    </main>
  )
}

function EngineStoryDashboard({ shown, source }: { shown: EngineShown; source: Controls }) {
  const t = useT()
  const view = useEngineView(shown)
  // N / P and Escape, as on the in-page dashboard; stepping asks the engine (use-engine-stepping.ts).
  useKeyboardShortcuts(view.actions)
  const { where } = shown.engine
  // A file in the engine's layout of version 1 holds ids only: said, rather than ids passed off as names.
  const notices = useMemo(
    () =>
      shown.known.summary.named
        ? view.notices
        : [
            ...view.notices,
            // The command isolated: in a right-to-left line it stays one left-to-right run.
            t(messages.namedByIds, { command: '\u2066npm run engine:layout\u2069' }),
          ],
    [shown.known.summary.named, view.notices, t],
  )
  return (
    <AnswerSourceProvider source={shown.engine.answers}>
      <div className="dashboard">
        <div className="dashboard-top">
          <StoryHeader story={view.facts} />
          <section className="dashboard-tools" aria-label={t(messages.tools)}>
            <div className="button-row">
              <OpenDatasetButton onFiles={source.opening.open} disabled={source.opening.pending} />
              <button type="button" className="icon-button" onClick={source.onOpenBuiltin}>
                {t(messages.backToBuiltin)}
              </button>
              <EngineExportButtons
                filters={view.filters}
                matchingCount={view.matchingCount.answer}
                title={view.facts.dataset.title}
                sourceTitle={view.facts.dataset.source.title}
              />
              <PrintButton />
            </div>
            <div className="button-row">
              <ThemeToggle />
              <LanguageMenu />
              <CopyLinkButton />
            </div>
          </section>
        </div>
        <p className="engine-held-note" role="note">
          {/* A path or a name in a line of words: isolated, or "/query" reads "query/" right to left. */}
          {where.kind === 'service'
            ? t(messages.heldThere, { endpoint: `\u2068${where.endpoint}\u2069` })
            : t(messages.heldInPage, { name: `\u2068${where.fileName}\u2069` })}
        </p>
        <EnginePrintedEvents
          story={{
            title: view.facts.dataset.title,
            sourceTitle: view.facts.dataset.source.title,
            events: shown.known.summary.events,
          }}
          filters={view.filters}
          filtersInWords={view.filtersInWords}
        />
        <LoadStatus opening={source.opening} />
        <NoticeList notices={notices} notes={[]} />
        <main className="dashboard-main">
          <EngineAnnouncer />
          <div className="area-filters">
            <FiltersOfView
              view={view}
              vocabulary={view.shown.known.vocabulary}
              total={view.shown.known.summary.events}
            />
          </div>
          <div className="area-timeline">
            <EngineTimeline view={view} />
          </div>
          <div className="area-list">
            <EngineList view={view} />
          </div>
          <div className="area-charts">
            <EngineChartsOrMap view={view} />
          </div>
          <div className="area-side">
            <div className="area-details">
              <EngineDetails view={view} />
            </div>
            <div className="area-quotes">
              <EngineQuotes view={view} />
            </div>
          </div>
        </main>
      </div>
    </AnswerSourceProvider>
  )
}
