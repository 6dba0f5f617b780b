import type { ReadNote } from '../../notes/read-note'
import { readWrittenDate } from '../values/written-dates'
import type { Sheet } from './sheet-rows'

/**
 * Sheets are not always a table from their first cell: a title (a merged cell) and an empty row above
 * the header, a note under the title, a header on row 3. The header is the first row of two or more
 * filled cells, unless it is narrower than half the rows under it and a later row (of the first ten)
 * looks more like a header: as wide, every cell a short name (no number, date, yes/no or address),
 * each once. The rows above the header are its caption. A sheet with no such row keeps its first.
 */
const LOOKED_AT = 10
const NUMBERISH = /^[-+]?[\d.,:/ %]+$/
const YES_NO: ReadonlySet<string> = new Set(['true', 'false', 'yes', 'no'])
/** Cells of a row looked at: a header of 100,000 columns is judged by its first ones. */
const CELLS_LOOKED_AT = 200

type Cells = readonly string[]

export function headerRowOf(rows: ReadonlyArray<Cells>): number {
  const filled = rows
    .slice(0, LOOKED_AT * 3)
    .map((row) => row.slice(0, CELLS_LOOKED_AT).filter((cell) => cell.trim() !== ''))
  const first = Math.max(
    filled.findIndex((cells) => cells.length > 0),
    0,
  )
  const under = (at: number) =>
    filled
      .slice(at + 1)
      .filter((row) => row.length > 0)
      .slice(0, 5)
  // As wide as half the rows under it (a title is narrower), with rows under it.
  const wide = (at: number) => {
    const widths = under(at)
      .map((row) => row.length)
      .sort((a, b) => a - b)
    const typical = widths[Math.floor(widths.length / 2)]
    return typical !== undefined && (filled[at]?.length ?? 0) * 2 >= typical
  }
  if ((filled[first]?.length ?? 0) >= 2 && (wide(first) || under(first).length === 0)) return first
  // The first row is a title, or narrower than the rows under it: a later row that is a header more
  // surely, if there is one; else the first row, as a CSV's header is.
  const later: number[] = []
  for (let at = first + 1; at < filled.length && later.length < LOOKED_AT; at++)
    if ((filled[at]?.length ?? 0) >= 2) later.push(at)
  return later.find((at) => wide(at) && namesOnly(filled[at] ?? [])) ?? first
}

// Every cell a short name, each once: a header's, not a row of data's.
function namesOnly(cells: readonly string[]): boolean {
  if (new Set(cells).size < cells.length) return false
  return cells.every((cell) => {
    const text = cell.trim()
    if (text.length > 60 || NUMBERISH.test(text) || YES_NO.has(text.toLowerCase()) || text.includes('://'))
      return false
    return !readWrittenDate(text).ok
  })
}

/**
 * A CSV's rows as a sheet, its header moved down to the row that looks like one (see headerRowOf):
 * a spreadsheet saved as CSV keeps its title rows, each padded to the table's width. The rows above
 * the header are its caption, said in a note. The sheet as it was when its first row is the header.
 */
export function withHeaderFound(sheet: Sheet): Sheet {
  // A CSV's blank header cells are named as papaparse names the second and later of one name: "_1".
  const first = sheet.header.map((name) => (/^_\d+$/.test(name) ? '' : name))
  const rows = [first, ...sheet.rows.slice(0, LOOKED_AT * 3).map(({ cells }) => cells)]
  const at = headerRowOf(rows)
  if (at === 0) return sheet
  const headerRow = sheet.rows[at - 1]
  if (!headerRow) return sheet
  const above = rows
    .slice(0, at)
    .flatMap((cells) => cells.filter((cell) => cell.trim() !== ''))
    .map((cell) => cell.trim())
  const header = namedColumns(headerRow.cells)
  return {
    ...sheet,
    header,
    rows: sheet.rows.slice(at),
    total: Math.max(0, sheet.total - at),
    notes: [...(sheet.notes ?? []), headerNote(headerRow.line, above)],
    ...(above[0] ? { caption: above[0] } : {}),
  }
}

/** "The header is on row 3; the text above it (“Protests in 2023”) is not a row of events." */
export function headerNote(line: number, above: readonly string[]): ReadNote {
  return {
    code: 'headerRow',
    line,
    // The first two texts, cut short, and a third (any) to say there are more.
    above: above.slice(0, 3).map((text) => text.slice(0, 60)),
  }
}

/**
 * A header's cells as column names: a blank one named by its column's letter as a spreadsheet names it
 * ("A", "AB"), a name written twice told apart as a CSV's are ("date", "date_1").
 */
export function namedColumns(cells: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return cells.map((cell, index) => {
    const name = cell.trim() || columnLetters(index)
    const count = seen.get(name) ?? 0
    seen.set(name, count + 1)
    return count === 0 ? name : `${name}_${count}`
  })
}

/** A column's letters as a spreadsheet writes them: A…Z, AA…AZ, BA… */
export function columnLetters(index: number): string {
  let letters = ''
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters
  return letters
}
