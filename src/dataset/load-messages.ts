import type { Story } from './story-index'
import type { DatasetIssue } from './validate-dataset'

/** What the page sends the load worker: files, or text already fetched. */
export type LoadRequest = { sources: Array<{ name: string; content: Blob | string }> }

export type LoadProgress = { stage: 'reading' | 'checking'; fraction: number }

/** What the load worker answers, as many progress messages as it likes, then done or failed. */
export type LoadMessage =
  | ({ type: 'progress' } & LoadProgress)
  | { type: 'done'; story: Story }
  | { type: 'failed'; message: string; issues: DatasetIssue[] }
