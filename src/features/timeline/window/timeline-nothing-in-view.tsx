import type { IndexedEvent } from '../../../dataset/story-index'
import { formatCount } from '../../../lib/format-count'
import { isEventInWindow } from '../../../state/time-window'
import type { TimeWindow } from '../../../state/view-state'

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
  if (matching.length === 0) {
    return (
      <p className="timeline-note" role="status">
        No event matches {filtersInWords || 'the filters'}.{' '}
        <button type="button" className="link-button" onClick={onClearFilters}>
          Clear filters
        </button>
      </p>
    )
  }
  if (matching.some((event) => isEventInWindow(event, visibleWindow))) return null
  const count = matching.length
  return (
    <p className="timeline-note" role="status">
      {count === 1 ? 'The one matching event lies' : `${formatCount(count)} matching events lie`} outside this
      view.{' '}
      <button type="button" className="link-button" onClick={onShowMatching}>
        {count === 1 ? 'Show it' : 'Show them'}
      </button>
    </p>
  )
}
