import type { IndexedEvent } from '../../../dataset/story-index'
import { defineMessages } from '../../../i18n/messages'
import { useT } from '../../../i18n/use-t'
import { isEventInWindow } from '../../../state/time-window'
import type { TimeWindow } from '../../../state/view-state'

const messages = defineMessages({
  noMatch: { id: 'timeline.noMatch', defaultMessage: 'No event matches {filters}.' },
  theFilters: { id: 'timeline.theFilters', defaultMessage: 'the filters' },
  clearFilters: { id: 'timeline.clearFilters', defaultMessage: 'Clear filters' },
  outside: {
    id: 'timeline.outside',
    defaultMessage:
      '{count, plural, one {The one matching event lies} other {# matching events lie}} outside this view.',
  },
  show: { id: 'timeline.showThem', defaultMessage: '{count, plural, one {Show it} other {Show them}}' },
})

type Props = {
  matching: readonly IndexedEvent[]
  visibleWindow: TimeWindow
  /** The active filters in words ("the search “colony”"), empty when none. */
  filtersInWords: string
  onShowMatching: () => void
  onClearFilters: () => void
}

/**
 * Said over a timeline that draws nothing, with the way to something: "3 matching events lie outside
 * this view — Show them", or "No event matches North Korea and Kim Jong Un — Clear filters".
 */
export function TimelineNothingInView({
  matching,
  visibleWindow,
  filtersInWords,
  onShowMatching,
  onClearFilters,
}: Props) {
  const t = useT()
  if (matching.length === 0) {
    return (
      <p className="timeline-note" role="status">
        {t(messages.noMatch, { filters: filtersInWords || t(messages.theFilters) })}{' '}
        <button type="button" className="link-button" onClick={onClearFilters}>
          {t(messages.clearFilters)}
        </button>
      </p>
    )
  }
  if (matching.some((event) => isEventInWindow(event, visibleWindow))) return null
  const count = matching.length
  return (
    <p className="timeline-note" role="status">
      {t(messages.outside, { count })}{' '}
      <button type="button" className="link-button" onClick={onShowMatching}>
        {t(messages.show, { count })}
      </button>
    </p>
  )
}
