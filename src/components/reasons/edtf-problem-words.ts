import type { EdtfProblem } from '../../dataset/dates/story-date'
import { t } from '../../i18n/i18n-store'
import { defineMessages } from '../../i18n/messages'

// Why a text is no EDTF date, in the reader's language: the editor's date field says it. The EDTF
// forms in the examples are the format's own, the same in every language.
const messages = defineMessages({
  problem: {
    id: 'reasons.edtf',
    defaultMessage:
      '{problem, select, spaces {an EDTF date without surrounding spaces, such as 2023-08-15} noSuchDay {a calendar date that exists (month 01–12, a day that the month has)} endBeforeStart {an interval whose end comes after its start} noKnownEnd {a date with at least one known end} outsideYears {a date within the years -9999 to 9999 (year 0 is 1 BCE)} other {an EDTF date such as 2023-08-15, 2023-07, 2022, 1910/1945, 1945~ or [..2023-08-15]}}',
  },
})

/** What the date should have been, as "Not a date the format reads: …" ends. */
export function edtfProblemWords(problem: EdtfProblem): string {
  return t(messages.problem, { problem })
}
