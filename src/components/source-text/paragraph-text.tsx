import { useState } from 'react'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'

const messages = defineMessages({
  before: {
    id: 'sourceText.before',
    defaultMessage: '… {count, plural, one {# character} other {# characters}} before',
  },
  after: {
    id: 'sourceText.after',
    defaultMessage: '{count, plural, one {# character} other {# characters}} more …',
  },
})

/** A paragraph up to this long is shown whole; a longer one, a stretch of it around its mark. */
const LONGEST_WHOLE = 20_000
/** How many characters either side of the mark a long paragraph first shows. */
const FIRST_REACH = 5_000

/**
 * A paragraph's text, with the quote marked where it has one. A paragraph of megabytes (a report's
 * table pasted as one line) is shown a stretch at a time around the mark, with buttons for the rest:
 * laying out four megabytes at once froze the page for a second.
 */
export function ParagraphText(props: { text: string; mark: { start: number; end: number } | null }) {
  const t = useT()
  const { text, mark } = props
  const [reach, setReach] = useState(FIRST_REACH)
  const from = text.length <= LONGEST_WHOLE ? 0 : Math.max(0, (mark?.start ?? 0) - reach)
  const to = text.length <= LONGEST_WHOLE ? text.length : Math.min(text.length, (mark?.end ?? 0) + reach)
  const more = () => setReach((before) => before * 4)
  return (
    <>
      {from > 0 && (
        <button type="button" className="link-button paragraph-more" onClick={more}>
          {t(messages.before, { count: from })}
        </button>
      )}
      {mark && mark.start >= from && mark.end <= to ? (
        <>
          {text.slice(from, mark.start)}
          <mark>{text.slice(mark.start, mark.end)}</mark>
          {text.slice(mark.end, to)}
        </>
      ) : (
        text.slice(from, to)
      )}
      {to < text.length && (
        <button type="button" className="link-button paragraph-more" onClick={more}>
          {t(messages.after, { count: text.length - to })}
        </button>
      )}
    </>
  )
}
