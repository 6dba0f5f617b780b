// The mapping step's one door into the importers: what a person choosing what a sheet's columns hold
// is shown and may change, and the sheet's first rows read as the whole file will be. The step's code
// (features/data-io/column-mapping) imports from here only.

import type { DatasetRead, ReadRefusal } from './dataset-read'
import type { ColumnRoles } from './sheet/column-roles'
import { datasetFromSheet } from './sheet/open-sheet'
import type { SheetSample } from './sheet/sheet-head'
import { sheetOfRecords } from './sheet/sheet-rows'
import { sheetToDataset } from './sheet/sheet-to-dataset'
import type { DayMonthOrder } from './values/written-dates'

export type { ColumnRole, ColumnRoles } from './sheet/column-roles'
export { headerKey, isColumnRole } from './sheet/column-roles'
export { guessRoles } from './sheet/guess-roles'
export { decideOrder } from './sheet/read-date-column'
export type { RememberedRoles, RoleSource, SheetChoice, SheetHead, SheetSample } from './sheet/sheet-head'
export { type DayMonthOrder, NUMERIC_DATE } from './values/written-dates'

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
