import { dictionary, lookup } from '../../../lib/dictionary'
import type { ReadNote } from '../../notes/read-note'

/**
 * A sheet as every reader of tables hands it over (a CSV, a workbook's sheet, a JSON list of records):
 * its header, and each row's cells in the header's order with its line in the file (the header is
 * line 1). Rows are lists, not records by name: a record of 30 named cells costs a large file 100,000
 * hash tables (V8 keeps an object with that many keys added by name as a dictionary), about half a
 * second to build and more to collect; a list is one allocation, read by position.
 */
export type SheetRow = { cells: readonly string[]; line: number }
export type Sheet = {
  header: string[]
  rows: SheetRow[]
  total: number
  /**
   * What reading the sheet's shape noticed (its header found under a title, formula cells without a
   * value, a sheet that could not be read): said with the file's other notes.
   */
  notes?: ReadNote[]
  /** A title written above the header (a workbook's merged title cell): the story's title if none other. */
  caption?: string
}
/** How far the sheet reader is through a sheet's rows: said every few thousand rows. */
export type RowProgress = (done: number, total: number) => void
/**
 * One row's cells by column name: for the few rows a sample holds, and for rows made by joins. A
 * dictionary (no prototype: see lib/dictionary.ts), read with `lookup`.
 */
export type Row = Record<string, string>

/** Where each column name is in the header; of two columns of one name, the first. */
export function columnPositions(header: readonly string[]): Map<string, number> {
  const positions = new Map<string, number>()
  header.forEach((column, index) => {
    if (!positions.has(column)) positions.set(column, index)
  })
  return positions
}

/** A row's cells by column name ('' for a cell the row does not reach). */
export function rowRecord(header: readonly string[], cells: readonly string[]): Row {
  const row: Row = dictionary()
  header.forEach((column, index) => {
    if (!Object.hasOwn(row, column)) row[column] = cells[index] ?? ''
  })
  return row
}

/** Rows given by column name (a join of several sheets, a sample) as a sheet's rows. */
export function sheetOfRecords(
  header: string[],
  rows: ReadonlyArray<{ row: Row; line: number }>,
  total = rows.length,
): Sheet {
  return {
    header,
    rows: rows.map(({ row, line }) => ({ cells: header.map((column) => lookup(row, column) ?? ''), line })),
    total,
  }
}

/** One column's cell in every row, in order ('' where a row has none, or no such column). */
export function columnValues(sheet: Sheet, column: string): string[] {
  const at = columnPositions(sheet.header).get(column)
  return at === undefined ? sheet.rows.map(() => '') : sheet.rows.map(({ cells }) => cells[at] ?? '')
}
