import { defineMessages } from '../../../i18n/messages'
import { useT } from '../../../i18n/use-t'

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
  /** How many events match, all time (undefined: not counted yet, so nothing is said). */
  matching: number | undefined
  /** Whether some of them lie in the window (undefined: not known yet, so nothing is said). */
  someInView: boolean | undefined
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
  someInView,
  filtersInWords,
  onShowMatching,
  onClearFilters,
}: Props) {
  const t = useT()
  if (matching === undefined) return null
  if (matching === 0) {
    return (
      <p className="timeline-note" role="status">
        {t(messages.noMatch, { filters: filtersInWords || t(messages.theFilters) })}{' '}
        <button type="button" className="link-button" onClick={onClearFilters}>
          {t(messages.clearFilters)}
        </button>
      </p>
    )
  }
  if (someInView !== false) return null
  const count = matching
  return (
    <p className="timeline-note" role="status">
      {t(messages.outside, { count })}{' '}
      <button type="button" className="link-button" onClick={onShowMatching}>
        {t(messages.show, { count })}
      </button>
    </p>
  )
}
