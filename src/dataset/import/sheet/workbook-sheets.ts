import { read, SSF, type WorkSheet } from '@e965/xlsx'
import type { Sheet } from './sheet-rows'

/**
 * A spreadsheet workbook's sheets (Excel .xlsx and .xls, OpenDocument .ods: SheetJS reads them) as
 * rows of text, the way a CSV of each sheet would hold them, so that one reader serves both: numbers
 * as the cell holds them (not as formatted: 31.3484783, not 31.35), dates as ISO dates and times
 * ("2015-10-10", "16:20", "2015-10-10 16:20"), whatever format the cell shows them in, so that a
 * sheet's d/m/yyyy and m/d/yyyy never need guessing.
 */
export type WorkbookSheets = Array<{ name: string; sheet: Sheet }>

// SheetJS types its number-format library loosely; this is the one function of it used here.
const isDateFormat = (format: string): boolean =>
  Boolean((SSF as { is_date: (format: string) => boolean }).is_date(format))

export function readWorkbook(bytes: Uint8Array): WorkbookSheets {
  // SheetJS 0.20.3 loops for ever on some cut-off zips (ten bytes of a zip's first header): a zip's
  // directory ends it, so a file without that end is refused before SheetJS sees it.
  if (bytes[0] === 0x50 && !hasZipEnd(bytes))
    throw new Error('the file is cut off (a zip file ends with its table of contents, and this one has none)')
  const workbook = read(bytes, { type: 'array', dense: true, cellNF: true, cellHTML: false })
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904)
  return workbook.SheetNames.flatMap((name) => {
    const sheet = workbook.Sheets[name]
    return sheet ? [{ name, sheet: sheetRows(sheet, date1904) }] : []
  })
}

type Cell = { t?: string; v?: unknown; z?: string | number; w?: string }

function sheetRows(sheet: WorkSheet, date1904: boolean): Sheet {
  // A dense sheet's rows (and a row's cells) are holes where nothing is stored: a blank row, a blank
  // first row above the header. Read by index, never by map (which keeps holes) or spread (a call's
  // arguments overflow the stack past ~120,000 rows).
  const stored = (sheet as { '!data'?: Array<Array<Cell | undefined> | undefined> })['!data'] ?? []
  const data: string[][] = []
  let width = 0
  for (let at = 0; at < stored.length; at++) {
    const cells = stored[at] ?? []
    const row: string[] = []
    for (let column = 0; column < cells.length; column++) row.push(cellText(cells[column], date1904))
    data.push(row)
    // As wide as the widest row: a header's empty cells at its end are not stored, but its columns are.
    if (row.length > width) width = row.length
  }
  // The header is the first row with something in it; blank rows after it are not events.
  const headerAt = data.findIndex((row) => row.some((value) => value.trim() !== ''))
  if (headerAt === -1) return { header: [], rows: [], total: 0 }
  const headerRow = Array.from({ length: width }, (_, index) => data[headerAt]?.[index] ?? '')
  // A column without a name is named as a spreadsheet names it, so that it can be listed.
  const header = headerRow.map(
    (value, index) => value.trim() || (index < 26 ? String.fromCharCode(65 + index) : `column ${index + 1}`),
  )
  const rows: Sheet['rows'] = []
  for (let at = headerAt + 1; at < data.length; at++) {
    const values = data[at] ?? []
    if (!values.some((value) => value.trim() !== '')) continue
    // Of two columns of one name, the first is read (see columnPositions).
    rows.push({ cells: header.map((_, index) => (values[index] ?? '').trim()), line: at + 1 })
  }
  return { header, rows, total: rows.length }
}

function cellText(cell: Cell | undefined, date1904: boolean): string {
  if (!cell || cell.v === undefined || cell.v === null) return ''
  switch (cell.t) {
    case 'n': {
      const value = cell.v as number
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
