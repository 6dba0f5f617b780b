import type { Dataset } from '../format/schema'
import type { DatasetIssue } from '../validate/dataset-issue'
import { fastCheck } from '../validate/fast-validate'
import { isJsonText, type NamedText } from './named-text'

export type ReadFailure = { ok: false; kind: 'syntax' | 'invalid'; message: string; issues: DatasetIssue[] }
export type ReadResult =
  | {
      ok: true
      dataset: Dataset
      /**
       * True when the dataset is the one JSON file's parse exactly (no text needed trimming): whoever
       * parses the same text again holds the validated dataset.
       */
      unchanged: boolean
    }
  | ReadFailure

/**
 * Reads what a person opened (one JSON dataset, or an events CSV with an optional quotes CSV) into a
 * valid dataset, or the list of what is wrong with it. Never throws. Used by the load worker and, for
 * small files, on the page.
 */
export async function readDataset(texts: NamedText[]): Promise<ReadResult> {
  const quick = singleJsonDataset(texts)
  if (quick) return { ok: true, ...quick }
  // Not one valid JSON dataset: the full reader (CSV, several files, zod's error reports) loads only
  // now: left out of the load worker's first script, which is parsed before any dataset can be read
  // (see docs/decisions/load-order.md).
  const { datasetFromFiles } = await import('./dataset-from-files')
  const result = datasetFromFiles(texts)
  if (result.ok) return { ok: true, dataset: result.dataset, unchanged: false }
  return { ...result, kind: result.issues.length ? 'invalid' : 'syntax' }
}

/**
 * The common case, one valid JSON dataset such as the built-in story, checked by the fast path alone
 * (no zod). Null for anything else: the full reader decides, and says what is wrong.
 */
export function singleJsonDataset(texts: NamedText[]): { dataset: Dataset; unchanged: boolean } | null {
  const [only] = texts
  if (texts.length !== 1 || !only || !isJsonText(only)) return null
  try {
    return fastCheck(JSON.parse(only.text))
  } catch {
    return null
  }
}
