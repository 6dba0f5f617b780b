import { t } from '../i18n/i18n-store'
import { defineMessages } from '../i18n/messages'

/** Up to this many matching events, the list shows them all; past it, those in the timeline's window. */
export const LIST_ALL_LIMIT = 500

const messages = defineMessages({
  noneInWindow: {
    id: 'eventList.noneInWindow',
    defaultMessage:
      "{matching, plural, one {# event matches} other {# events match}}; none is in the timeline's window.",
  },
  listedInWindow: {
    id: 'eventList.listedInWindow',
    defaultMessage:
      "{matching, plural, one {# event matches} other {# events match}}; listed are the {inWindow, number} in the timeline's window.",
  },
})

/**
 * What the list says above its events when there are too many to list whole (state/query/
 * use-listed-events.ts): for a large story, it lists those in the timeline's window (every one of them:
 * the list draws only the rows in sight). A list of 50,000 events from a century nobody is looking at
 * would follow no view.
 */
export function listNote(matching: number, inWindow: number): string {
  return inWindow === 0
    ? t(messages.noneInWindow, { matching })
    : t(messages.listedInWindow, { matching, inWindow })
}
