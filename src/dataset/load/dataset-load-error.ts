import type { SheetHead } from '../import/sheet-head'
import type { DatasetIssue } from '../validate/dataset-issue'

/**
 * Why a dataset could not be opened: unreachable, refused, stalled, too large, not JSON or CSV, not
 * a valid dataset; or a sheet whose columns the reader is to choose first ('mapping', with its head).
 */
export class DatasetLoadError extends Error {
  constructor(
    readonly kind: 'network' | 'http' | 'stalled' | 'too-large' | 'syntax' | 'invalid' | 'mapping',
    message: string,
    readonly issues: DatasetIssue[] = [],
    readonly head?: SheetHead,
  ) {
    super(message)
    this.name = 'DatasetLoadError'
  }
}
