import { t } from '../../../i18n/i18n-store'
import { defineMessages } from '../../../i18n/messages'

/**
 * Why the drafting worker gave no draft, as a code: the worker and its client make it, the editor
 * words it in the reader's language. `detail` is the browser's or the extractor's own message
 * (English, or the browser's language), given as it is.
 */
export type DraftingProblem =
  | { code: 'badRequest' }
  | { code: 'extractorFailed'; detail: string }
  | { code: 'notADraft' }
  | { code: 'noStart' }
  | { code: 'workerFailed'; detail: string | null }

const messages = defineMessages({
  badRequest: {
    id: 'editor.drafting.badRequest',
    defaultMessage: 'The drafting worker was asked for something it does not do.',
  },
  extractorFailed: {
    id: 'editor.drafting.extractorFailed',
    defaultMessage: 'The article could not be drafted: {detail}',
  },
  notADraft: {
    id: 'editor.drafting.notADraft',
    defaultMessage: 'The drafting worker answered with something that is not a draft.',
  },
  noStart: {
    id: 'editor.drafting.noStart',
    defaultMessage: 'The drafting worker could not start in this browser.',
  },
  failed: { id: 'editor.drafting.failed', defaultMessage: 'The drafting worker failed: {reason}' },
  noLoad: { id: 'editor.drafting.noLoad', defaultMessage: 'it could not load' },
})

/** The problem in the reader's language. */
export function draftingProblemWords(problem: DraftingProblem): string {
  switch (problem.code) {
    case 'extractorFailed':
      return t(messages.extractorFailed, { detail: problem.detail })
    case 'workerFailed':
      return t(messages.failed, { reason: problem.detail || t(messages.noLoad) })
    default:
      return t(messages[problem.code])
  }
}
