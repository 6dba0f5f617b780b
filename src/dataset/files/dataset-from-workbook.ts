import { formatCount } from '../../lib/format-count'
import { recogniseColumns } from '../import/event-columns'
import { listedColumns, sheetToDataset } from '../import/sheet-to-dataset'
import { timeMapEvents } from '../import/timemap-workbook'
import { readWorkbook, type WorkbookSheets } from '../import/workbook-sheets'
import { type DatasetResult, datasetFromSheet } from './dataset-from-files'

/**
 * A workbook (Excel .xlsx or .xls, OpenDocument .ods) as a dataset: TimeMap's spreadsheet with its
 * sheets joined; else the sheet of events, the first whose columns include dates (one named like
 * "events" first), read as a CSV of it would be (TimelineJS's and ACLED's columns included). Loads
 * SheetJS, so it is imported only for a workbook.
 */
export function datasetFromWorkbook(name: string, bytes: Uint8Array): DatasetResult {
  let sheets: WorkbookSheets
  try {
    sheets = readWorkbook(bytes)
  } catch (error) {
    return {
      ok: false,
      message: `${name} looks like a workbook (or another zip file) but could not be read as one: ${error instanceof Error ? error.message : String(error)}. Save the sheet of events as CSV and open that.`,
      issues: [],
    }
  }
  const timeMap = timeMapEvents(sheets)
  if (timeMap)
    return datasetFromSheet(sheetToDataset(timeMap.sheet, name), name, 'TimeMap workbook', timeMap.notes)
  const withDates = sheets.filter(({ sheet }) => {
    const { columns } = recogniseColumns(sheet.header)
    return sheet.rows.length > 0 && (columns.date !== undefined || columns.year !== undefined)
  })
  const chosen = withDates.find(({ name: sheetName }) => /event/i.test(sheetName)) ?? withDates[0]
  if (!chosen) {
    return {
      ok: false,
      message: `${name} is a workbook of ${formatCount(sheets.length)} ${sheets.length === 1 ? 'sheet' : 'sheets'}, none with a column of dates: name a sheet's date column "date" (or "event_date", or TimelineJS's "Year", "Month", "Day") and open it again.`,
      issues: sheets.slice(0, 10).map(({ name: sheetName, sheet }) => ({
        path: `sheet “${sheetName.slice(0, 60)}”`,
        expected: 'a header row with a column of dates',
        found: listedColumns(sheet.header),
      })),
    }
  }
  const others = sheets.filter((sheet) => sheet !== chosen).map((sheet) => `“${sheet.name.slice(0, 40)}”`)
  const note = `${name}: its sheet “${chosen.name.slice(0, 60)}” was read${others.length ? `; not its other sheets, ${others.slice(0, 5).join(', ')}${others.length > 5 ? ' …' : ''}` : ''}.`
  return datasetFromSheet(sheetToDataset(chosen.sheet, name), name, 'workbook sheet', [note])
}
