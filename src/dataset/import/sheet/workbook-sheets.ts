import { read, SSF, type WorkBook, type WorkSheet } from '@e965/xlsx'
import type { ReadNote, UnreadSheet } from '../../notes/read-note'
import type { Sheet } from './sheet-rows'
import { headerNote, headerRowOf, namedColumns } from './table-shape'
import { withContentTypesRepaired } from './workbook-repair'

/**
 * A spreadsheet workbook's sheets (Excel .xlsx and .xls, OpenDocument .ods: SheetJS reads them) as
 * rows of text, the way a CSV of each sheet would hold them, so that one reader serves both: numbers
 * as the cell holds them (not as formatted: 31.3484783, not 31.35), dates as ISO dates and times
 * ("2015-10-10", "16:20", "2015-10-10 16:20"), whatever format the cell shows them in, so that a
 * sheet's d/m/yyyy and m/d/yyyy never need guessing; a formula's value as the file saved it. A sheet
 * need not start at A1: its header is found under a title and empty rows (table-shape.ts), blank rows
 * inside it are skipped. A sheet that cannot be read is said by name with why, and the others read.
 */
export type WorkbookSheets = Array<{ name: string; sheet: Sheet }>

// SheetJS types its number-format library loosely; this is the one function of it used here.
const isDateFormat = (format: string): boolean =>
  Boolean((SSF as { is_date: (format: string) => boolean }).is_date(format))

const OPTIONS = { type: 'array', dense: true, cellNF: true, cellHTML: false } as const

export function readWorkbook(bytes: Uint8Array): WorkbookSheets {
  // SheetJS 0.20.3 loops for ever on some cut-off zips (ten bytes of a zip's first header): a zip's
  // directory ends it, so a file without that end is refused before SheetJS sees it.
  if (bytes[0] === 0x50 && !hasZipEnd(bytes))
    throw new Error('the file is cut off (a zip file ends with its table of contents, and this one has none)')
  const { workbook, notes } = readAnyhow(bytes)
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904)
  const failed: UnreadSheet[] = []
  const sheets = workbook.SheetNames.flatMap((name) => {
    const sheet = workbook.Sheets[name]
    // SheetJS leaves out, in silence, a sheet it could not parse.
    if (!sheet) {
      failed.push({ name: name.slice(0, 60), error: null })
      return []
    }
    try {
      return [{ name, sheet: sheetRows(sheet, date1904) }]
    } catch (error) {
      failed.push({ name: name.slice(0, 60), error: reason(error) })
      return []
    }
  })
  if (sheets.length === 0 && failed.length)
    throw new Error(`no sheet could be read (${sheetsInEnglish(failed)})`)
  const said: ReadNote[] = failed.length ? [{ code: 'workbookSheetsUnread', sheets: failed }] : []
  for (const { sheet } of sheets) sheet.notes = [...notes, ...said, ...(sheet.notes ?? [])]
  return sheets
}

/**
 * The workbook as SheetJS reads it; if it cannot, with its package list made again (see
 * workbook-repair.ts); if still not, sheet by sheet, each one that fails left out and said.
 */
function readAnyhow(bytes: Uint8Array): { workbook: WorkBook; notes: ReadNote[] } {
  let first: unknown
  try {
    return { workbook: read(bytes, OPTIONS), notes: [] }
  } catch (error) {
    first = error
  }
  const repaired = safely(() => withContentTypesRepaired(bytes))
  if (repaired) {
    const workbook = safely(() => read(repaired, OPTIONS))
    if (workbook)
      return {
        workbook,
        notes: [{ code: 'workbookRepaired', error: reason(first) }],
      }
  }
  const names = safely(() => read(repaired ?? bytes, { ...OPTIONS, bookSheets: true }).SheetNames)
  if (!names?.length) throw first
  const workbook: WorkBook = { SheetNames: [], Sheets: {} }
  const failed: UnreadSheet[] = []
  for (const name of names) {
    try {
      const one = read(repaired ?? bytes, { ...OPTIONS, sheets: name })
      const sheet = one.Sheets[name]
      if (!sheet) continue
      workbook.SheetNames.push(name)
      workbook.Sheets[name] = sheet
      workbook.Workbook ??= one.Workbook
    } catch (error) {
      failed.push({ name: name.slice(0, 60), error: reason(error) })
    }
  }
  if (workbook.SheetNames.length === 0) throw new Error(`no sheet could be read (${sheetsInEnglish(failed)})`)
  return { workbook, notes: failed.length ? [{ code: 'workbookSheetsUnread', sheets: failed }] : [] }
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error))

// The sheets no sheet of a workbook could be read past, as the refusal says them (in English: it is the
// error's message; the note of the sheets not read is worded by the views).
const sheetsInEnglish = (failed: readonly UnreadSheet[]) =>
  failed
    .map(
      ({ name, error }) =>
        `sheet “${name}”: ${error ?? 'its part of the file is missing or could not be parsed'}`,
    )
    .join('; ')

function safely<T>(run: () => T): T | null {
  try {
    return run()
  } catch {
    return null
  }
}

type Cell = { t?: string; v?: unknown; z?: string | number; w?: string; f?: string }

function sheetRows(sheet: WorkSheet, date1904: boolean): Sheet {
  // A dense sheet's rows (and a row's cells) are holes where nothing is stored: a blank row, a blank
  // first row above the header. Read by index, never by map (which keeps holes) or spread (a call's
  // arguments overflow the stack past ~120,000 rows).
  const stored = (sheet as { '!data'?: Array<Array<Cell | undefined> | undefined> })['!data'] ?? []
  const data: string[][] = []
  let width = 0
  let unsaved = 0
  for (let at = 0; at < stored.length; at++) {
    const cells = stored[at] ?? []
    const row: string[] = []
    for (let column = 0; column < cells.length; column++) {
      const cell = cells[column]
      // A formula whose value the file did not save (openpyxl writes formulas without computing them).
      if (cell?.f !== undefined && (cell.v === undefined || cell.v === null)) unsaved++
      row.push(cellText(cell, date1904))
    }
    data.push(row)
    // As wide as the widest row: a header's empty cells at its end are not stored, but its columns are.
    if (row.length > width) width = row.length
  }
  // The header is the first row that looks like one, under any title and empty rows (table-shape.ts).
  const headerAt = headerRowOf(data)
  const firstRow = data[headerAt]
  if (!firstRow?.some((value) => value.trim() !== '')) return { header: [], rows: [], total: 0 }
  const header = namedColumns(Array.from({ length: width }, (_, index) => firstRow[index] ?? ''))
  const rows: Sheet['rows'] = []
  for (let at = headerAt + 1; at < data.length; at++) {
    const values = data[at] ?? []
    // Blank rows inside the data are no events, and nothing to say.
    if (!values.some((value) => value.trim() !== '')) continue
    rows.push({ cells: header.map((_, index) => (values[index] ?? '').trim()), line: at + 1 })
  }
  const above = data
    .slice(0, headerAt)
    .flatMap((row) => row.filter((value) => value.trim() !== ''))
    .map((value) => value.trim())
  const notes: ReadNote[] = headerAt > 0 ? [headerNote(headerAt + 1, above)] : []
  // A formula whose value the file did not save is read as empty: said, with how to keep them.
  if (unsaved) notes.push({ code: 'workbookFormulas', count: unsaved })
  return {
    header,
    rows,
    total: rows.length,
    ...(notes.length ? { notes } : {}),
    ...(above[0] ? { caption: above[0] } : {}),
  }
}

function cellText(cell: Cell | undefined, date1904: boolean): string {
  if (!cell || cell.v === undefined || cell.v === null) return ''
  switch (cell.t) {
    case 'n': {
      const value = Number(cell.v)
      const format = typeof cell.z === 'string' ? cell.z : ''
      return format && isDateFormat(format) ? serialToIso(value, date1904) : String(value)
    }
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE'
    case 'd':
      return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v)
    case 'e':
      // An error cell (#N/A, #REF!) holds no value.
      return ''
    default:
      return String(cell.v)
  }
}

const DAY = 86_400_000

/**
 * An Excel date serial as ISO text, at the precision it has: a day, a time of day, or both. Day 1 is
 * 1 January 1900 (or 2 January 1904 in the 1904 system); Excel counts a 29 February 1900 that never
 * was, so days from 1 March 1900 on are one fewer.
 */
function serialToIso(serial: number, date1904: boolean): string {
  let days = Math.floor(serial)
  // To the second: a serial holds a day's fraction in binary, never exactly 16:20.
  let milliseconds = Math.round(((serial - days) * DAY) / 1000) * 1000
  if (milliseconds >= DAY) {
    days += 1
    milliseconds = 0
  }
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : days >= 61 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31)
  const time = new Date(milliseconds).toISOString().slice(11, milliseconds % 60_000 === 0 ? 16 : 19)
  if (!date1904 && days === 0) return time
  const day = new Date(epoch + days * DAY).toISOString().slice(0, 10)
  return milliseconds === 0 ? day : `${day} ${time}`
}

/** Whether a zip's end-of-central-directory record is in its last 65,557 bytes, where it must be. */
function hasZipEnd(bytes: Uint8Array): boolean {
  const earliest = Math.max(0, bytes.length - 65_557)
  for (let at = bytes.length - 22; at >= earliest; at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 0x05 && bytes[at + 3] === 0x06)
      return true
  }
  return false
}
