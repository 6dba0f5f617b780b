import type { Dataset } from '../format/schema'
import { placeInEnglish, type RowPlace } from '../validate/row-place'
import type { DatasetResult } from './importer'
import { type Refusal, refused } from './read-refusal'
import type { Placed } from './sheet/issue-place'
import { keepGoodRows, type SkippedRow } from './sheet/keep-good-rows'

/**
 * A format reader's dataset with its bad items left out (see keep-good-rows.ts), each problem named by
 * the item's own place in the file ("events[2]" of what was made is the file's "eras[0]", "row 12").
 */
export function keptItems(
  read: { dataset: Dataset; skipped: SkippedRow[]; placeOf: ReadonlyArray<RowPlace | string> },
  total: number,
  /** Why, when no item is left. */
  none: Refusal,
): DatasetResult {
  const place = (path: string): Placed => {
    const match = /^events\[(\d+)\]/.exec(path)
    const at = match ? read.placeOf[Number(match[1])] : undefined
    if (!match || at === undefined) return { path }
    // The rest of the path, within the item made of the row (".title"), written after its place.
    const within = path.slice(match[0].length)
    if (typeof at === 'string') return { path: `${at}${within}` }
    const placed = within ? { ...at, within } : at
    return { path: placeInEnglish(placed), at: placed }
  }
  const kept = keepGoodRows(read.dataset, read.skipped, total, place)
  if (!kept.ok) {
    return refused(none, [
      ...read.skipped,
      ...kept.issues.map((issue) => ({ ...issue, ...place(issue.path) })),
    ])
  }
  return { ok: true, dataset: kept.dataset, notes: kept.notes, leftOut: kept.leftOut }
}
