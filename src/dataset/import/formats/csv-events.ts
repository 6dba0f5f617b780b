import Papa from 'papaparse'
import type { DatasetIssue } from '../../validate/dataset-issue'
import type { FoundValue } from '../../validate/found-value'
import { type Importer, noEventsFile } from '../importer'
import { readIssue } from '../read-issue'
import { refused } from '../read-refusal'
import type { SkippedRow } from '../sheet/keep-good-rows'
import { openSheet } from '../sheet/open-sheet'
import { sampleOf } from '../sheet/sheet-head'
import { type Row, rowRecord, type Sheet } from '../sheet/sheet-rows'
import { listedColumns, type SheetRead, sheetToDataset } from '../sheet/sheet-to-dataset'
import { isGdeltEvents } from './gdelt-events'

/**
 * Reads the CSV form of a story (see files/csv-export.ts, which writes it) and any events sheet saved
 * as CSV or TSV: one row an event. A second CSV of quotes may come with it, with the columns
 *   event (event id or title), speaker (actor name), text, paragraph (optional).
 */

/** True when a CSV's header names the columns of a quotes file. */
export function isQuotesCsv(text: string): boolean {
  const header = text.slice(0, 500).split(/\r?\n/, 1)[0]?.toLowerCase() ?? ''
  return header.includes('speaker') && header.includes('text')
}

/**
 * Reads events (and optional quotes) CSV into a dataset; problems name the file, row and column. The
 * rows are read as any sheet is (see sheet-to-dataset.ts).
 */
export function csvToDataset(eventsCsv: string, name: string, quotesCsv?: string): SheetRead {
  const read = readCsvFiles(eventsCsv, name, quotesCsv)
  return read.ok ? sheetToDataset(read.events, name, read) : read
}

/**
 * An events CSV (and its quotes CSV) as rows, before any column is read: its broken rows left out and
 * said; refused only for a file with no header, or quotes without their columns.
 */
export function readCsvFiles(
  eventsCsv: string,
  name: string,
  quotesCsv?: string,
):
  | { ok: true; events: Sheet; skipped: SkippedRow[]; quoteRows: Row[] }
  | { ok: false; issues: DatasetIssue[] } {
  const issues: DatasetIssue[] = []
  const skipped: SkippedRow[] = []
  const events = readRows(eventsCsv, name, issues, skipped)
  const quoteRows =
    quotesCsv === undefined ? [] : readQuoteRows(quotesCsv, `${name} (quotes)`, issues, skipped)
  return issues.length ? { ok: false, issues } : { ok: true, events, skipped, quoteRows }
}

/**
 * A CSV with a header row, its byte-order mark and blank lines dropped, cells trimmed and unguarded:
 * its header (two columns of one name told apart as papaparse does, "name", "name_1") and each row's
 * cells in order, with each broken row's problem by its place in `rows`. Parsed into lists, not
 * papaparse's records by name: see sheet-rows.ts.
 */
function parseCsv(
  text: string,
  transformHeader: (header: string) => string,
): { header: string[]; rows: string[][]; broken: Map<number, FoundValue> } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' })
  const [first = [], ...rows] = parsed.data
  const header = distinctNames(first.map(transformHeader))
  const broken = new Map<number, FoundValue>()
  for (const error of parsed.errors) {
    // An unterminated quote runs to the end of the file: it is the last row's. The header is row 0.
    const row =
      error.code === 'MissingQuotes' ? rows.length - 1 : error.row === undefined ? -1 : error.row - 1
    // Papaparse's words ("Quoted field unterminated") follow "found" in the problem said: a detail
    // in its English, not ours to translate.
    if (row >= 0 && !broken.has(row))
      broken.set(row, {
        code: 'parserSaid',
        english: error.message.charAt(0).toLowerCase() + error.message.slice(1),
      })
  }
  rows.forEach((cells, index) => {
    for (let at = 0; at < cells.length; at++) {
      const cell = cells[at] ?? ''
      const read = unescapeFormula(cell.trim())
      if (read !== cell) cells[at] = read
    }
    // A row whose cells do not match the header's.
    if (cells.length !== header.length && header.length > 0 && !broken.has(index)) {
      broken.set(index, { code: 'cellCount', cells: cells.length, header: header.length })
    }
  })
  return { header, rows, broken }
}

// Two columns of one name are told apart as papaparse's header mode does: "name", "name_1", "name_2".
function distinctNames(names: readonly string[]): string[] {
  const used = new Set(names)
  const count = new Map<string, number>()
  return names.map((name) => {
    const seen = count.get(name)
    if (seen === undefined) {
      count.set(name, 1)
      return name
    }
    let suffix = seen
    let renamed = `${name}_${suffix}`
    while (used.has(renamed)) renamed = `${name}_${++suffix}`
    used.add(renamed)
    count.set(name, seen + 1)
    return renamed
  })
}

/** A CSV's rows as a sheet, its broken rows left out (for the mapping step, which sees the rows). */
export function readCsvSheet(text: string, name: string): Sheet {
  return readRows(text, name, [], [])
}

/**
 * The event rows with their line in the file (the header is line 1). A row papaparse finds broken (a
 * cut-off last row, a stray quote) is left out and said, not fatal.
 */
function readRows(text: string, name: string, issues: DatasetIssue[], skipped: SkippedRow[]): Sheet {
  const { header, rows: parsed, broken } = parseCsv(text, (header) => header.trim())
  if (header.length === 0) {
    issues.push(readIssue({ kind: 'header', file: name }, { code: 'headerRow' }, listedColumns([])))
  }
  const rows: Sheet['rows'] = []
  parsed.forEach((cells, index) => {
    const line = index + 2
    const problem = broken.get(index)
    if (problem) skipped.push(readIssue({ kind: 'row', number: line }, { code: 'wellFormedCsvRow' }, problem))
    else rows.push({ cells, line })
  })
  return { header, rows, total: parsed.length }
}

/** The quotes file's rows, its columns named in lower case (event, speaker, text, paragraph). */
function readQuoteRows(text: string, name: string, issues: DatasetIssue[], skipped: SkippedRow[]): Row[] {
  const { header: columns, rows, broken } = parseCsv(text, (header) => header.trim().toLowerCase())
  for (const column of ['event', 'speaker', 'text']) {
    if (!columns.includes(column)) {
      issues.push(
        readIssue({ kind: 'header', file: name }, { code: 'columnNamed', column }, listedColumns(columns)),
      )
    }
  }
  for (const row of broken.keys()) {
    skipped.push(
      readIssue(
        { kind: 'row', number: row + 2, quotes: true },
        { code: 'wellFormedCsvRow' },
        { code: 'brokenRow' },
      ),
    )
  }
  return rows.filter((_, index) => !broken.has(index)).map((cells) => rowRecord(columns, cells))
}

const APOSTROPHE = 0x27

// eventsToCsv protects formula-like cells with a leading apostrophe; reading takes it off again.
function unescapeFormula(value: string): string {
  // Looked at by its first character before any pattern: a large file has millions of cells.
  return value.charCodeAt(0) === APOSTROPHE && /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value
}

/**
 * An events CSV or TSV (any sheet saved as text), with a quotes CSV beside it if one came: read as a
 * sheet, its columns by their names, or by the reader's choice. The reader of last resort: any text.
 */
export const csvEvents: Importer = {
  name: 'CSV',
  recognise: (input) => (input.files.some((file) => file.bytes === undefined) ? 0.2 : 0),
  read: (input, options) => {
    const { files } = input
    const quotes = files.find((file) => isQuotesCsv(file.text) && !isGdeltEvents(file.text))
    const events = files.find((file) => file !== quotes)
    if (!events) return noEventsFile(files)
    const read = readCsvFiles(events.text, events.name, quotes?.text)
    if (!read.ok) return refused({ code: 'notReadAs', file: events.name, kind: 'CSV' }, read.issues)
    return openSheet(
      {
        file: events.name,
        kind: 'CSV',
        sheets: [sampleOf(events.name, read.events, read.events.total, read.skipped)],
        at: 0,
      },
      read.events,
      options,
      read,
    )
  },
}
