import type { DatasetIssue } from './dataset-issue'
import type { DatasetLoadError } from './dataset-load-error'
import type { StoryDate } from './edtf'
import type { Dataset } from './schema'

/** What the page sends the load worker: files, downloaded bodies, or text already fetched. */
export type LoadRequest = {
  sources: LoadSource[]
  /** Whether anyone shows progress: reading a file in pieces to count them is slower than at once. */
  reportProgress: boolean
}
export type LoadSource = { name: string; content: Blob | string }

/** The size of what is to be read: characters of text, bytes of a file. */
export function sourcesSize(sources: LoadSource[]): number {
  return sources.reduce(
    (sum, source) => sum + (typeof source.content === 'string' ? source.content.length : source.content.size),
    0,
  )
}

export type LoadProgress = { stage: 'reading' | 'checking'; fraction: number }

/** What the load worker answers, as many progress messages as it likes, then done or failed. */
export type LoadMessage =
  | ({ type: 'progress' } & LoadProgress)
  // The validated dataset and its dates, parsed once: cloning them costs the page a fraction of what
  // cloning an indexed story would (100,000 events: ~0.4 s against ~1.5 s), and the page indexes the
  // dataset from them without parsing a date again.
  | { type: 'done'; dataset: Dataset; dates: StoryDate[] }
  | { type: 'failed'; kind: DatasetLoadError['kind']; message: string; issues: DatasetIssue[] }

/** The worker's last word on a load. */
export type LoadOutcome = Exclude<LoadMessage, { type: 'progress' }>
