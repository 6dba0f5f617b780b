import type { Dataset } from '../../format/schema'
import type { ReadNote } from '../../notes/read-note'
import { type DatasetIssue, groupIssues } from '../../validate/dataset-issue'
import { validateDataset } from '../../validate/validate-dataset'
import { readIssue } from '../read-issue'
import type { Placed } from './issue-place'

/** A row left out of a sheet before the dataset was made (cut off, undated…), by its row number. */
export type SkippedRow = DatasetIssue

export type KeptRows =
  | {
      ok: true
      dataset: Dataset
      /** The dataset is the one given, apart from the order of keys: no row left out, nothing trimmed. */
      unchanged: boolean
      notes: ReadNote[]
      /** Every row left out, by its place in the file, in the file's order: for the reader to download. */
      leftOut: DatasetIssue[]
    }
  | { ok: false; issues: DatasetIssue[] }

// A few passes: leaving out an event can leave a quote of it without its event, left out next.
const MOST_PASSES = 4
const ROW_PATH = /^(events|quotes)\[(\d+)\]/

/**
 * Validates a dataset made from a sheet, leaving out the events and quotes that have problems rather
 * than refusing the whole file for a few bad rows: 4 undated rows of 6,650 open as 6,646 events, with
 * a note saying how many rows were left out and why, once per kind with a count and the first rows.
 * The file is refused only when no event is left, or when a problem is not a row's (the file's title,
 * say). `place` says where a dataset path is in the file ("row 5, column "date"").
 */
export function keepGoodRows(
  dataset: Dataset,
  skippedBefore: readonly SkippedRow[],
  totalRows: number,
  place: (path: string) => Placed,
): KeptRows {
  let current = dataset
  // For each event and quote now in the dataset, its index in the sheet's own order.
  let eventRows = dataset.events.map((_, index) => index)
  let quoteRows = dataset.quotes.map((_, index) => index)
  const leftOut: DatasetIssue[] = []
  for (let pass = 0; pass < MOST_PASSES; pass++) {
    const result = validateDataset(current)
    if (result.ok) {
      if (result.dataset.events.length === 0) break
      const placed = inFileOrder(skippedBefore, leftOut, place)
      return {
        ok: true,
        dataset: result.dataset,
        unchanged: pass === 0 && result.unchanged,
        notes: leftOutNotes(placed, totalRows),
        leftOut: placed,
      }
    }
    const rowIssues = result.issues.filter((issue) => ROW_PATH.test(issue.path))
    if (rowIssues.length < result.issues.length) return { ok: false, issues: result.issues }
    const badEvents = new Set<number>()
    const badQuotes = new Set<number>()
    for (const issue of rowIssues) {
      const [, list, index] = ROW_PATH.exec(issue.path) ?? []
      ;(list === 'events' ? badEvents : badQuotes).add(Number(index))
      // Said at the row's place in the sheet, not its place in what is left of it.
      const sheetIndex = (list === 'events' ? eventRows : quoteRows)[Number(index)]
      leftOut.push({ ...issue, path: issue.path.replace(ROW_PATH, `${list}[${sheetIndex}]`) })
    }
    if (badEvents.size >= current.events.length) return { ok: false, issues: result.issues }
    eventRows = eventRows.filter((_, index) => !badEvents.has(index))
    quoteRows = quoteRows.filter((_, index) => !badQuotes.has(index))
    current = {
      ...current,
      events: current.events.filter((_, index) => !badEvents.has(index)),
      quotes: current.quotes.filter((_, index) => !badQuotes.has(index)),
    }
  }
  const last = validateDataset(current)
  return {
    ok: false,
    issues: last.ok
      ? [readIssue({ kind: 'file' }, { code: 'atLeastOneEvent' }, { code: 'none' })]
      : last.issues,
  }
}

/** The row number a place names ("row 5, column "date"", "events[4]"). */
const rowNumber = (path: string) => Number(/(?:row |\[)(\d+)/.exec(path)?.[1] ?? 0)

// In the file's order, whatever step found each row's problem.
function inFileOrder(
  skippedBefore: readonly SkippedRow[],
  leftOut: readonly DatasetIssue[],
  place: (path: string) => Placed,
): DatasetIssue[] {
  return [...skippedBefore, ...leftOut.map((issue) => ({ ...issue, ...place(issue.path) }))].sort(
    (a, b) => rowNumber(a.path) - rowNumber(b.path),
  )
}

function leftOutNotes(all: readonly DatasetIssue[], totalRows: number): ReadNote[] {
  const notes: ReadNote[] = []
  // Events' rows and the quotes file's rows are counted apart: "row 5" of each is another row.
  for (const quotes of [false, true]) {
    const mine = all.filter((issue) => issue.path.startsWith('quotes file') === quotes)
    if (mine.length === 0) continue
    const rows = new Set(mine.map((issue) => issue.path.replace(/, column .*$/, ''))).size
    const kinds = groupIssues(mine).map(({ first, count, places }) => ({
      first,
      count,
      lines: places.map(rowNumber),
    }))
    notes.push(
      quotes ? { code: 'quotesLeftOut', rows, kinds } : { code: 'rowsLeftOut', rows, of: totalRows, kinds },
    )
  }
  return notes
}
