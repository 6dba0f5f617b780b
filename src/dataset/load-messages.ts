import type { Story } from './story-index'
import type { DatasetIssue } from './validate-dataset'

/** What the page sends the load worker: files, or text already fetched. */
export type LoadRequest = { sources: Array<{ name: string; content: Blob | string }> }

/** The size of what is to be read: characters of text, bytes of a file. */
export function sourcesSize(sources: LoadRequest['sources']): number {
  return sources.reduce(
    (sum, source) => sum + (typeof source.content === 'string' ? source.content.length : source.content.size),
    0,
  )
}

export type LoadProgress = { stage: 'reading' | 'checking'; fraction: number }

/** What the load worker answers, as many progress messages as it likes, then done or failed. */
export type LoadMessage =
  | ({ type: 'progress' } & LoadProgress)
  | { type: 'done'; story: Story }
  | { type: 'failed'; message: string; issues: DatasetIssue[] }
