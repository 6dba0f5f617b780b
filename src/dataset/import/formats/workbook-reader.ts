import type { ReadNote } from '../../notes/read-note'
import type { DatasetResult } from '../importer'
import { readIssue } from '../read-issue'
import { refused } from '../read-refusal'
import { recogniseColumns } from '../sheet/event-columns'
import { datasetFromSheet, openSheet } from '../sheet/open-sheet'
import type { ReadOptions } from '../sheet/sheet-head'
import { sampleOf } from '../sheet/sheet-head'
import { listedColumns, sheetToDataset } from '../sheet/sheet-to-dataset'
import { readWorkbook, type WorkbookSheets } from '../sheet/workbook-sheets'
import { notAWorkbook, zipEntries } from '../values/zip-directory'
import { timeMapNarratives } from './timemap-narratives'
import { timeMapEvents } from './timemap-workbook'

/**
 * A workbook (Excel .xlsx or .xls, OpenDocument .ods) as a dataset: TimeMap's spreadsheet with its
 * sheets joined; else the sheet of events, the first whose columns include dates (one named like
 * "events" first), read as a CSV of it would be (TimelineJS's and ACLED's columns included). Loads
 * SheetJS, so it is imported only for a workbook.
 */
export function datasetFromWorkbook(
  name: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): DatasetResult {
  // A zip is looked into before SheetJS unpacks it: a zip bomb, or a zip of something else.
  const entries = bytes[0] === 0x50 ? zipEntries(bytes) : null
  const refusal = entries && notAWorkbook(name, entries)
  if (refusal) return refused(refusal)
  let sheets: WorkbookSheets
  try {
    sheets = readWorkbook(bytes)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return refused({ code: 'workbookUnreadable', file: name, detail })
  }
  const timeMap = timeMapEvents(sheets)
  if (timeMap && options.choice?.sheet === undefined) {
    const converted = sheetToDataset(timeMap.sheet, name)
    const result = datasetFromSheet(converted, name, 'TimeMap workbook', timeMap.notes)
    if (!converted.ok || !result.ok || timeMap.narratives.length === 0) return result
    // The event each row made, by the row's line, for the narratives' steps.
    const eventIdAt = new Map(
      converted.eventLines.map((line, index) => [line, converted.dataset.events[index]?.id ?? '']),
    )
    const narratives = timeMapNarratives(timeMap.narratives, eventIdAt, result.dataset)
    return narratives.length ? { ...result, dataset: { ...result.dataset, narratives } } : result
  }
  const withDates = sheets.filter(({ sheet }) => {
    const { columns } = recogniseColumns(sheet.header)
    return sheet.rows.length > 0 && (columns.date !== undefined || columns.year !== undefined)
  })
  const named = options.choice?.sheet
  const chosen =
    sheets.find((sheet) => named !== undefined && sheet.name === named) ??
    withDates.find(({ name: sheetName }) => /event/i.test(sheetName)) ??
    withDates[0] ??
    // No sheet's names say where its dates are: the mapping step shows the first with rows.
    sheets.find(({ sheet }) => sheet.rows.length > 0)
  if (!chosen) {
    return refused(
      { code: 'noSheetWithRows', file: name, sheets: sheets.length },
      sheets
        .slice(0, 10)
        .map(({ name: sheetName, sheet }) =>
          readIssue(
            { kind: 'sheet', sheet: sheetName.slice(0, 60) },
            { code: 'sheetOfEvents' },
            sheet.rows.length ? listedColumns(sheet.header) : { code: 'noRows' },
          ),
        ),
    )
  }
  const shown = sheets.filter(({ sheet }) => sheet.header.length > 0).slice(0, MAX_SHEETS_SHOWN)
  if (!shown.includes(chosen)) shown.push(chosen)
  const others = sheets.filter((sheet) => sheet !== chosen).map((sheet) => sheet.name.slice(0, 40))
  const note: ReadNote = {
    code: 'workbookSheet',
    file: name,
    sheet: chosen.name.slice(0, 60),
    others: others.slice(0, OTHER_SHEETS_SAID),
    more: Math.max(0, others.length - OTHER_SHEETS_SAID),
  }
  return openSheet(
    {
      file: name,
      kind: 'workbook sheet',
      sheets: shown.map(({ name: sheetName, sheet }) => sampleOf(sheetName, sheet)),
      at: shown.indexOf(chosen),
    },
    chosen.sheet,
    options,
    {},
    [note],
    { code: 'workbook', file: name, sheets: sheets.length },
  )
}

// The mapping step offers a workbook's sheets to choose from: the first dozen are plenty.
const MAX_SHEETS_SHOWN = 12
// The note names the sheets not read: the first five, and how many more.
const OTHER_SHEETS_SAID = 5
