import { PANEL_NAMES, PanelErrorBoundary } from '../../components/panel-error-boundary'
import { QuotesPanel } from '../../features/quotes/quotes-panel'
import { useQuotes } from '../../features/quotes/use-quotes'
import type { StoryView } from '../use-story-view'

/** The quotes of the selected event, or of the matching events. */
export function QuotesOfView({ view }: { view: StoryView }) {
  const { quotes, problem } = useQuotes(view.story, view.filters, view.selected)
  return (
    <PanelErrorBoundary name={PANEL_NAMES.quotes}>
      <QuotesPanel
        story={view.story}
        selected={view.selected}
        quotes={quotes}
        searchTerms={view.terms}
        markedQuote={view.state.quote}
        onChooseEvent={view.actions.selectEvent}
        problem={problem}
      />
    </PanelErrorBoundary>
  )
}
