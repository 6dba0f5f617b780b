import { lookup } from '../../../lib/dictionary'
import type { ReadNote } from '../../notes/read-note'
import type { DatasetResult } from '../importer'
import { type FileWhat, refused, type SheetKind } from '../read-refusal'
import { type ColumnRoles, rolesByName } from './column-roles'
import { csvIssuePath } from './issue-place'
import { keepGoodRows, type SkippedRow } from './keep-good-rows'
import { type ReadOptions, rolesForSheet, type SheetHead, sampleOf } from './sheet-head'
import { columnValues, type Row, type Sheet } from './sheet-rows'
import { type SheetRead, sheetToDataset } from './sheet-to-dataset'
import { withHeaderFound } from './table-shape'

/**
 * A sheet opened with the roles chosen for it (see sheet-head.ts): or, when the reader is to choose
 * them first, its head and why, for the mapping step.
 */
export function openSheet(
  where: Pick<SheetHead, 'file' | 'kind' | 'sheets' | 'at'>,
  givenSheet: Sheet,
  options: ReadOptions,
  /** The rows left out as the file was parsed, and a quotes file's rows. */
  parsed: { skipped?: SkippedRow[]; quoteRows?: Row[] },
  notesBefore: ReadNote[] = [],
  /** What the file is, when the mapping step is needed ("x.json is a JSON list of 3 records: …"). */
  what: FileWhat = { code: 'sheet', file: where.file },
): DatasetResult {
  const given = where.sheets[where.at]
  if (!given) return refused({ code: 'noSheet', file: where.file })
  // A CSV saved from a spreadsheet keeps the title rows above its header (table-shape.ts).
  const shaped = where.kind === 'CSV' ? withHeaderFound(givenSheet) : givenSheet
  const sample = shaped === givenSheet ? given : sampleOf(given.name, shaped, shaped.total, parsed.skipped)
  const sheet = shaped
  const sheets = where.sheets.map((each, index) => (index === where.at ? sample : each))
  const decided = rolesForSheet(sample, options, (column) => columnValues(sheet, column))
  const head: SheetHead = { ...where, sheets, ...decided }
  const read = (roles: ColumnRoles) =>
    sheetToDataset(sheet, where.file, {
      ...parsed,
      roles,
      ...(decided.dateOrder ? { dateOrder: decided.dateOrder } : {}),
      ...(options.onRows ? { onRows: options.onRows } : {}),
    })
  if (decided.review) {
    // What the names alone miss, for whoever cannot be shown the mapping step (a linked file).
    const byNames = read(rolesByName(sample.header))
    const refusal = refused(
      { code: 'chooseColumns', what, review: decided.review },
      byNames.ok ? [] : byNames.issues,
    )
    return { ...refusal, head }
  }
  const converted = read(decided.roles)
  if (converted.ok) options.onUnchecked?.(converted.dataset)
  const result = datasetFromSheet(converted, where.file, where.kind, [...notesBefore, ...rolesNote(head)])
  return result.ok ? { ...result, head } : result
}

// Said when a file opened with columns a reader chose, now or for an earlier file of the same header;
// or with columns read by what they hold, each with why (Review columns… changes them).
function rolesNote(head: SheetHead): ReadNote[] {
  const sources = new Set(Object.values(head.by))
  if (sources.has('remembered')) return [{ code: 'columnsRemembered', file: head.file }]
  if (sources.has('chosen')) return [{ code: 'columnsChosen', file: head.file }]
  const guessed = Object.keys(head.by).filter(
    (column) => head.by[column] === 'values' && lookup(head.roles, column) !== 'none',
  )
  if (guessed.length === 0) return []
  const columns = guessed.slice(0, 6).map((column) => ({
    name: column.slice(0, 40),
    role: lookup(head.roles, column) ?? 'none',
    why: (head.why ? lookup(head.why, column) : undefined) ?? null,
  }))
  return [{ code: 'columnsByValues', columns, more: Math.max(0, guessed.length - 6) }]
}

/**
 * A sheet read into a dataset (a CSV, a workbook's sheet, a JSON list of records), its bad rows left
 * out and said (see keep-good-rows.ts); refused only when no row is left.
 */
export function datasetFromSheet(
  converted: SheetRead,
  name: string,
  kind: SheetKind,
  notesBefore: ReadNote[] = [],
): DatasetResult {
  if (!converted.ok) return refused({ code: 'notReadAs', file: name, kind }, converted.issues)
  const place = (path: string) => csvIssuePath(path, converted.eventLines, converted.columnOf)
  const result = keepGoodRows(converted.dataset, converted.skipped, converted.rows, place)
  if (!result.ok) {
    const issues = [
      ...converted.skipped,
      ...result.issues.map((issue) => ({ ...issue, ...place(issue.path) })),
    ]
    return refused({ code: 'invalidSheet', file: name, kind, problems: issues.length }, issues)
  }
  return {
    ok: true,
    dataset: result.dataset,
    notes: [...notesBefore, ...converted.notes, ...result.notes],
    leftOut: result.leftOut,
    unchanged: result.unchanged,
  }
}
