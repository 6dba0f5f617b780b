import type { core } from 'zod'
import { t } from '../../../i18n/i18n-store'
import { defineMessages } from '../../../i18n/messages'

// What is wrong with a field of a saved draft, in the reader's language: zod's kind of issue as a
// code (its own words are English), and for a value of the wrong type, what it should have been.
const messages = defineMessages({
  problem: {
    id: 'editor.storage.problem',
    defaultMessage:
      '{code, select, invalid_type {expected {expected, select, string {a text} number {a number} int {a whole number} array {a list} object {an object} boolean {true or false} other {another kind of value}}} invalid_value {not one of the values it may take} unrecognized_keys {a field the editor does not know} too_small {too small or too short} too_big {too large or too long} invalid_format {not in the form it should be} other {not as it should be}}',
  },
})

/** "expected a text", "too small or too short": what the first issue of a draft's parse says. */
export function issueReason(issue: core.$ZodIssue): string {
  return t(messages.problem, {
    code: issue.code,
    expected: issue.code === 'invalid_type' ? issue.expected : 'other',
  })
}
