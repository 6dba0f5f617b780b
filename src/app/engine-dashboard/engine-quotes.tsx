import { useCallback, useMemo } from 'react'
import { PANEL_NAMES, PanelErrorBoundary } from '../../components/panel-error-boundary'
import type { Quote } from '../../dataset/format/schema'
import { QuotesPanel, type UntitledEvent } from '../../features/quotes/quotes-panel'
import type { QuotedEvent } from '../../features/quotes/shown-quote'
import { type QuoteOfRow, useQuotes } from '../../features/quotes/use-quotes'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import type { EngineView } from './use-engine-view'

// Words only an engine's story needs: here, not in the panel, so that the first view does not load them.
const messages = defineMessages({
  fromMatchingOf: {
    id: 'quotes.fromMatchingOf',
    defaultMessage: 'The first {shown, number} of {total, number} from matching events',
  },
  // An engine's quote names its event by id only: the button says whose event it is by the quote.
  showItsEvent: { id: 'quotes.showItsEvent', defaultMessage: 'Show its event' },
  showItsEventLabel: {
    id: 'quotes.showItsEventLabel',
    defaultMessage: 'Show the event of the quote “{opening}”',
  },
})

// The page holds no actor of an engine's story: a speaker is shown by the name the engine gives (its id
// where it gives none).
const NO_ACTORS = () => undefined

/**
 * The quotes of a story an engine holds: the dashboard's own panel over the engine's `quotes` answer
 * (with no selection, the matching events' up to its cap, said as "the first N of M"). A row is the
 * quote's words, its speaker and its event's id: the selected event's title and date are known, any
 * other event is shown by choosing it.
 */
export function EngineQuotes({ view }: { view: EngineView }) {
  const { state, selection } = view
  const selectedId = state.event
  const { row, event } = selection
  const quoteOf = useCallback<QuoteOfRow>(
    (answered) => {
      const quote: Quote = {
        id: answered.id,
        text: answered.text,
        event: answered.event,
        ...(answered.speaker === null ? {} : { speaker: answered.speaker }),
      }
      const quoted: QuotedEvent =
        row && event && answered.event === row.id
          ? { id: row.id, title: row.title, date: row.date, when: event.when }
          : { id: answered.event }
      return answered.speakerName === null
        ? { quote, event: quoted }
        : { quote, event: quoted, speakerName: answered.speakerName }
    },
    [row, event],
  )
  const { quotes, total, problem } = useQuotes(view.filters, selectedId, quoteOf)
  const t = useT()
  const untitled = useMemo(
    (): UntitledEvent => ({
      text: t(messages.showItsEvent),
      label: (opening) => t(messages.showItsEventLabel, { opening }),
    }),
    [t],
  )
  const countLine =
    selectedId === null && total > quotes.length
      ? t(messages.fromMatchingOf, { shown: quotes.length, total })
      : undefined
  return (
    <PanelErrorBoundary name={PANEL_NAMES.quotes}>
      <QuotesPanel
        dataset={null}
        actorOf={NO_ACTORS}
        selectedId={selectedId}
        quotes={quotes}
        countLine={countLine}
        untitled={untitled}
        searchTerms={view.terms}
        markedQuote={state.quote}
        onChooseEvent={view.actions.selectEvent}
        problem={problem}
      />
    </PanelErrorBoundary>
  )
}
