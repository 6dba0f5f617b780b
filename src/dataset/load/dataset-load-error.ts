import type { DatasetIssue } from '../validate/dataset-issue'

/**
 * Why a dataset could not be opened: unreachable, refused, stalled, too large, not JSON or CSV, or
 * not a valid dataset.
 */
export class DatasetLoadError extends Error {
  constructor(
    readonly kind: 'network' | 'http' | 'stalled' | 'too-large' | 'syntax' | 'invalid',
    message: string,
    readonly issues: DatasetIssue[] = [],
  ) {
    super(message)
    this.name = 'DatasetLoadError'
  }
}
