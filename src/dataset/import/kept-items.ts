import type { Dataset } from '../format/schema'
import type { DatasetResult } from './importer'
import { type Refusal, refused } from './read-refusal'
import { keepGoodRows, type SkippedRow } from './sheet/keep-good-rows'

/**
 * A format reader's dataset with its bad items left out (see keep-good-rows.ts), each problem named by
 * the item's own place in the file ("events[2]" of what was made is the file's "eras[0]", "row 12").
 */
export function keptItems(
  read: { dataset: Dataset; skipped: SkippedRow[]; placeOf: string[] },
  total: number,
  /** Why, when no item is left. */
  none: Refusal,
): DatasetResult {
  const place = (path: string) =>
    path.replace(/^events\[(\d+)\]/, (_, index) => read.placeOf[Number(index)] ?? `events[${index}]`)
  const kept = keepGoodRows(read.dataset, read.skipped, total, place)
  if (!kept.ok) {
    return refused(none, [
      ...read.skipped,
      ...kept.issues.map((issue) => ({ ...issue, path: place(issue.path) })),
    ])
  }
  return { ok: true, dataset: kept.dataset, notes: kept.notes, leftOut: kept.leftOut }
}
