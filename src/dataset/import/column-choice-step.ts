// What the mapping step runs, loaded with it (see column-choice.ts): guessing each column's role, the
// order of numeric dates, and the preview, a sheet's first rows read as the whole file will be. It
// loads the sheet reader and validation, which the first view does not need.

import type { DatasetRead } from './dataset-read'
import type { ReadRefusal } from './read-refusal'
import type { ColumnRoles } from './sheet/column-roles'
import { datasetFromSheet } from './sheet/open-sheet'
import type { SheetSample } from './sheet/sheet-head'
import { sheetOfRecords } from './sheet/sheet-rows'
import { sheetToDataset } from './sheet/sheet-to-dataset'
import type { DayMonthOrder } from './values/written-dates'

export { guessRoles } from './sheet/guess-roles'
export { decideOrder } from './sheet/read-date-column'
export { NUMERIC_DATE } from './values/written-dates'

/**
 * A sheet's first rows read with the roles chosen, exactly as the whole file will be read (the same
 * reader, the same checks), so what a preview shows is what opening gives for those rows.
 */
export function readSample(
  file: string,
  sample: SheetSample,
  roles: ColumnRoles,
  dateOrder?: DayMonthOrder,
): ({ ok: true } & DatasetRead) | ({ ok: false } & ReadRefusal) {
  const sheet = sheetOfRecords(
    sample.header,
    sample.rows.map((row, index) => ({ row, line: sample.lines?.[index] ?? index + 2 })),
  )
  // Copied: the sheet reader adds the rows it leaves out to the list it is given.
  const skipped = [...(sample.skipped ?? [])]
  return datasetFromSheet(
    sheetToDataset(sheet, file, { roles, skipped, ...(dateOrder ? { dateOrder } : {}) }),
    file,
    'sheet',
  )
}
