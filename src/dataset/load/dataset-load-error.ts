import type { Refusal } from '../import/read-refusal'
import type { DatasetIssue } from '../validate/dataset-issue'
import { type LoadProblem, loadProblemInEnglish } from './load-problem'

/**
 * Why a load failed, as codes the page words: a cause on the way (a download, the worker), or an
 * importer's refusal of the file. A refusal is its own union (import/read-refusal.ts), made where the
 * importers decide and checked on the page by a checker loaded only when a file is refused, so that
 * neither its English nor its checker is part of the first view; here it is one more kind of problem.
 */
export type LoadErrorProblem = LoadProblem | { code: 'refused'; refusal: Refusal }

/**
 * Why a dataset could not be opened: unreachable, refused, stalled, too large, not JSON or CSV, or
 * not a valid dataset. `problem`, where the cause is known as a code, is what the page words in the
 * reader's language; the message is its English (logs, tests).
 */
export class DatasetLoadError extends Error {
  constructor(
    readonly kind: 'network' | 'http' | 'stalled' | 'too-large' | 'syntax' | 'invalid',
    message: string,
    readonly issues: DatasetIssue[] = [],
    readonly problem?: LoadErrorProblem,
  ) {
    super(message)
    this.name = 'DatasetLoadError'
  }

  /** An error of a known cause, its message the cause's English. */
  static of(kind: DatasetLoadError['kind'], problem: LoadProblem): DatasetLoadError {
    return new DatasetLoadError(kind, loadProblemInEnglish(problem), [], problem)
  }

  /** An importer's refusal, its message the refusal's English (made where it was decided). */
  static refused(
    kind: DatasetLoadError['kind'],
    { refusal, message, issues }: { refusal: Refusal; message: string; issues: DatasetIssue[] },
  ): DatasetLoadError {
    return new DatasetLoadError(kind, message, issues, { code: 'refused', refusal })
  }
}
