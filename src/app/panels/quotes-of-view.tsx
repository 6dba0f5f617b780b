import { useCallback } from 'react'
import { PANEL_NAMES, PanelErrorBoundary } from '../../components/panel-error-boundary'
import { QuotesPanel } from '../../features/quotes/quotes-panel'
import { useStoryQuotes } from '../../features/quotes/use-quotes'
import type { StoryView } from '../use-story-view'

/** The quotes of the selected event, or of the matching events. */
export function QuotesOfView({ view }: { view: StoryView }) {
  const { story } = view
  const { quotes, problem } = useStoryQuotes(story, view.filters, view.selected)
  const actorOf = useCallback((id: string) => story.actorsById.get(id), [story])
  return (
    <PanelErrorBoundary name={PANEL_NAMES.quotes}>
      <QuotesPanel
        dataset={story.dataset}
        actorOf={actorOf}
        selectedId={view.selected?.id ?? null}
        quotes={quotes}
        searchTerms={view.terms}
        markedQuote={view.state.quote}
        onChooseEvent={view.actions.selectEvent}
        problem={problem}
      />
    </PanelErrorBoundary>
  )
}
