import type { Sheet } from './sheet-rows'

/**
 * Sheets are not always a table from their first cell: a title (a merged cell) and an empty row above
 * the header, a note under the title, a header on row 3. The header is the first row that looks like
 * one: at least two cells filled, nearly all text (not numbers or dates), nearly all different, and as
 * wide as the rows of data under it are at least half of; the rows above it are its caption. Looks at
 * the first ten rows with something in them; a sheet none of whose rows looks like a header keeps its
 * first row.
 */
const LOOKED_AT = 10
const NUMBERISH = /^[-+]?[\d.,:/ %]+$/

type Cells = readonly string[]

export function headerRowOf(rows: ReadonlyArray<Cells>): number {
  const filled = rows.slice(0, LOOKED_AT * 3).map((row) => row.filter((cell) => cell.trim() !== ''))
  const firstFilled = filled.findIndex((cells) => cells.length > 0)
  let tried = 0
  for (let at = 0; at < filled.length && tried < LOOKED_AT; at++) {
    const cells = filled[at] ?? []
    if (cells.length === 0) continue
    tried++
    if (cells.length < 2) continue
    const texts = cells.filter((cell) => !NUMBERISH.test(cell.trim())).length
    if (texts < cells.length * 0.7 || new Set(cells).size < cells.length * 0.8) continue
    const under = filled
      .slice(at + 1)
      .filter((row) => row.length > 0)
      .slice(0, 5)
    const widths = under.map((row) => row.length).sort((a, b) => a - b)
    const typical = widths[Math.floor(widths.length / 2)] ?? 0
    if (cells.length * 2 >= typical) return at
  }
  return Math.max(firstFilled, 0)
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

/** "The header is on row 3; the rows above it, “Protests in 2023”, were read as the story's title." */
export function headerNote(line: number, above: readonly string[]): string {
  const said = above.length
    ? `; the text above it (${above
        .slice(0, 2)
        .map((text) => `“${text.slice(0, 60)}”`)
        .join(', ')}${above.length > 2 ? ', …' : ''}) is not a row of events`
    : ''
  return `The header is on row ${line}${said}.`
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
