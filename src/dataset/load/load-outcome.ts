import type { Refusal } from '../import/read-refusal'
import type { SheetHead } from '../import/sheet/sheet-head'
import type { Story } from '../story-index'
import type { DatasetIssue } from '../validate/dataset-issue'
import { DatasetLoadError } from './dataset-load-error'

/**
 * What opening a dataset comes to, by either door (files a person opened, a link): a story, with the
 * sheet it was read from if it was one; a sheet whose columns the reader is to choose first; or why
 * it failed. The one type every load answers with.
 */
export type LoadOutcome =
  | { kind: 'story'; story: Story; head?: SheetHead }
  | { kind: 'choose-columns'; head: SheetHead; refusal: Refusal; message: string; issues: DatasetIssue[] }
  | { kind: 'failed'; error: DatasetLoadError }

export const failed = (error: DatasetLoadError): LoadOutcome => ({ kind: 'failed', error })

/**
 * The story of an outcome, or the error to throw where only a story will do (react-query's function
 * for a link): a linked sheet cannot show the mapping step, so it fails with what its names miss.
 */
export function storyOf(outcome: LoadOutcome): Story {
  if (outcome.kind === 'story') return outcome.story
  if (outcome.kind === 'failed') throw outcome.error
  throw DatasetLoadError.refused('invalid', outcome)
}

/**
 * An outcome from an error thrown on the way: a load's own error as it is; anything else as "could
 * not be read", the error's own text (a browser's or a library's English) its detail.
 */
export function outcomeOfError(error: unknown): LoadOutcome {
  if (error instanceof DatasetLoadError) return failed(error)
  return failed(unreadable(error instanceof Error ? error.message : String(error)))
}

/** A load that failed on the way, for a reason no reader foresaw: `detail` is that reason's own text. */
export const unreadable = (detail: string) => DatasetLoadError.of('syntax', { code: 'unreadable', detail })
