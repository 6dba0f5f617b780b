import { queryOptions } from '@tanstack/react-query'
import { parseJson } from './parse-json'
import { indexStory, type Story } from './story-index'
import { type DatasetIssue, validateDataset } from './validate-dataset'

/** The built-in story, shipped in public/data. */
export const BUILTIN_DATASET_URL = `${import.meta.env.BASE_URL}data/kim-putin-letters.json`

/** Why a dataset could not be opened: unreachable, refused, not JSON, or not a valid dataset. */
export class DatasetLoadError extends Error {
  constructor(
    readonly kind: 'network' | 'http' | 'syntax' | 'invalid',
    message: string,
    readonly issues: DatasetIssue[] = [],
  ) {
    super(message)
    this.name = 'DatasetLoadError'
  }
}

/** Fetches, parses and validates a dataset, then indexes it. Rejects with a DatasetLoadError. */
export async function fetchStory(url: string, signal?: AbortSignal): Promise<Story> {
  let response: Response
  try {
    response = await fetch(url, { signal: signal ?? null })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new DatasetLoadError('network', `Could not reach ${url}.`)
  }
  if (!response.ok) {
    // A server error may pass; a 404 will not.
    const kind = response.status >= 500 ? 'network' : 'http'
    throw new DatasetLoadError(kind, `Could not load ${url}: the server answered ${response.status}.`)
  }
  return storyFromText(await response.text(), url)
}

/** Parses and validates the text of a dataset; `name` says where it came from in messages. */
export function storyFromText(text: string, name: string): Story {
  const json = parseJson(text)
  if (!json.ok) throw new DatasetLoadError('syntax', `${name} is not valid JSON.`, [json.issue])
  const result = validateDataset(json.value)
  if (!result.ok) {
    throw new DatasetLoadError(
      'invalid',
      `${name} is not a valid Story Timeline dataset: ${result.issues.length} problem(s).`,
      result.issues,
    )
  }
  return indexStory(result.dataset)
}

/** Query for a dataset by URL. A static file never goes stale; only network failures are retried. */
export function storyQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['story', url],
    queryFn: ({ signal }) => fetchStory(url, signal),
    staleTime: Number.POSITIVE_INFINITY,
    retry: (failureCount, error) =>
      error instanceof DatasetLoadError && error.kind === 'network' && failureCount < 2,
  })
}
