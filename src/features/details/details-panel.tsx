import { memo, useRef } from 'react'
import { EngineProblem } from '../../components/engine-problem/engine-problem'
import { ScrollArea } from '../../components/scroll-area'
import { useDateLabel } from '../../components/use-date-label'
import { useModuleAfterFirstView } from '../../components/use-module-after-first-view'
import type { IndexedEvent, Story } from '../../dataset/story-index'
import { defineMessages } from '../../i18n/messages'
import { richText } from '../../i18n/rich-text'
import { useT } from '../../i18n/use-t'
import type { FacetKey } from '../../state/facets/facet-table'
import './details.css'
import { loadEventDetails } from './load-event-details'
import { useSelectionFocus } from './use-selection-focus'

const messages = defineMessages({
  title: { id: 'panel.details', defaultMessage: 'Event details' },
  previous: { id: 'details.previous', defaultMessage: 'Previous' },
  next: { id: 'details.next', defaultMessage: 'Next' },
  selected: { id: 'details.selected', defaultMessage: 'Selected: {title}, {date}' },
  choose: {
    id: 'details.choose',
    defaultMessage:
      'Choose an event on the timeline, in the list or from a quote; or press <n>N</n> and <p>P</p> to step through events in time.',
  },
})

type DetailsPanelProps = {
  story: Story
  event: IndexedEvent | undefined
  /** The search's terms, marked where they occur. */
  searchTerms: readonly string[]
  hiddenByFilters: boolean
  /** An engine's answer for the selected event: still coming, or why it did not come (and asking again). */
  answering: { counting: boolean; error: Error | null; retry: () => void }
  /** Shows only the events of a value (an actor, a country, a category chosen here). */
  onFilterBy: (facet: FacetKey, value: string) => void
  onClearFilters: () => void
  onClose: () => void
  onStep: (direction: -1 | 1) => void
}

/** The selected event: what, when, who, and where in the source it comes from. */
export const DetailsPanel = memo(function DetailsPanel({
  story,
  event,
  hiddenByFilters,
  searchTerms,
  answering,
  ...actions
}: DetailsPanelProps) {
  const t = useT()
  const dateLabel = useDateLabel()
  const heading = useRef<HTMLHeadingElement>(null)
  // Not in the first view's code, which invites the reader to choose an event: loaded once the first
  // view is painted, or at once for a chosen one (main.tsx loads it beside the app's code when a link
  // names an event, so that nothing shifts under a quote the link scrolls to).
  const details = useModuleAfterFirstView(loadEventDetails, event !== undefined)
  useSelectionFocus(event?.id, heading, details !== null)
  return (
    <section className="panel details-panel" aria-labelledby="details-title">
      <div className="panel-header">
        <h2 id="details-title">{t(messages.title)}</h2>
        <div className="button-row">
          <button
            type="button"
            className="icon-button"
            onClick={() => actions.onStep(-1)}
            aria-keyshortcuts="p"
          >
            <span aria-hidden="true">‹</span> {t(messages.previous)}
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={() => actions.onStep(1)}
            aria-keyshortcuts="n"
          >
            {t(messages.next)} <span aria-hidden="true">›</span>
          </button>
        </div>
      </div>
      {/* Said when the selection changes, however it was made: the list, the timeline, a key, a link. */}
      <p className="visually-hidden" aria-live="polite">
        {event ? t(messages.selected, { title: event.title, date: dateLabel(event.when) }) : ''}
      </p>
      <ScrollArea labelledBy="details-title">
        {event ? (
          details && (
            <details.EventDetails
              story={story}
              event={event}
              hiddenByFilters={hiddenByFilters}
              searchTerms={searchTerms}
              headingRef={heading}
              {...actions}
            />
          )
        ) : answering.error ? (
          <EngineProblem error={answering.error} onRetry={answering.retry} />
        ) : answering.counting ? null : (
          <p className="empty-state">
            {richText(messages.choose, {
              n: (chunks) => <kbd>{chunks}</kbd>,
              p: (chunks) => <kbd>{chunks}</kbd>,
            })}
          </p>
        )}
      </ScrollArea>
    </section>
  )
})
