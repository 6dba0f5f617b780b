import type { DatasetIssue } from '../validate/dataset-issue'
import { type LoadProblem, loadProblemInEnglish } from './load-problem'

/**
 * Why a dataset could not be opened: unreachable, refused, stalled, too large, not JSON or CSV, or
 * not a valid dataset. `problem`, where the cause is known as a code, is what the page words in the
 * reader's language; the message is its English (logs, tests), or a reader's own sentence.
 */
export class DatasetLoadError extends Error {
  constructor(
    readonly kind: 'network' | 'http' | 'stalled' | 'too-large' | 'syntax' | 'invalid',
    message: string,
    readonly issues: DatasetIssue[] = [],
    readonly problem?: LoadProblem,
  ) {
    super(message)
    this.name = 'DatasetLoadError'
  }

  /** An error of a known cause, its message the cause's English. */
  static of(kind: DatasetLoadError['kind'], problem: LoadProblem): DatasetLoadError {
    return new DatasetLoadError(kind, loadProblemInEnglish(problem), [], problem)
  }
}
