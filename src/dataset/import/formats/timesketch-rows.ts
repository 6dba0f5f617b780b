import Papa from 'papaparse'
import type { FoundValue } from '../../validate/found-value'
import type { RowPlace } from '../../validate/row-place'
import { readIssue } from '../read-issue'
import type { SkippedRow } from '../sheet/keep-good-rows'
import { firstJsonLine, readJsonLines } from './json-lines'

/**
 * A forensic timeline's rows as they come, from a CSV (plaso's "dynamic" output, Timesketch's CSV) or
 * a JSON Lines file (Timesketch's JSONL, plaso's json_line): each row's fields by name, and its place
 * in the file ("row 12" of a CSV, "line 12" of JSON Lines), whatever else the file holds.
 */
export type ForensicRow = { place: RowPlace; get: (field: string) => string }
export type ForensicRows = {
  layout: 'CSV' | 'JSON Lines'
  fields: string[]
  rows: ForensicRow[]
  skipped: SkippedRow[]
  /** How many rows the file has, those left out included. */
  total: number
}

// The fields every such timeline has (https://timesketch.org/guides/user/import-from-json-csv/):
// a message, what its time is, and the time as a datetime or a timestamp.
const NEEDED = ['message', 'timestamp_desc']
const hasTimeline = (fields: readonly string[]) =>
  NEEDED.every((field) => fields.includes(field)) &&
  (fields.includes('datetime') || fields.includes('timestamp'))

/** The CSV header's names (in lower case), when the text's first line names a timeline's fields. */
export function timelineHeader(text: string): string[] | null {
  const end = text.indexOf('\n')
  const line = (end === -1 ? text : text.slice(0, end)).replace(/^\uFEFF/, '').replace(/\r$/, '')
  if (line.length > 10_000) return null
  for (const delimiter of [',', '\t', '|', ';']) {
    const names = line.split(delimiter).map((name) => name.trim().replace(/^"|"$/g, '').toLowerCase())
    if (hasTimeline(names)) return names
  }
  return null
}

/** True when the first line of a JSON Lines text is a timeline's event. */
export function isTimelineJsonLines(text: string): boolean {
  const first = firstJsonLine(text)
  return first !== null && hasTimeline(Object.keys(first).map((key) => key.toLowerCase()))
}

export function readTimelineCsv(text: string): ForensicRows {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' })
  const [header = [], ...records] = parsed.data
  const fields = header.map((name) => name.trim().toLowerCase())
  const at = new Map<string, number>()
  fields.forEach((field, index) => {
    if (!at.has(field)) at.set(field, index)
  })
  const broken = new Map<number, FoundValue>()
  for (const error of parsed.errors) {
    // An unterminated quote runs to the end: it is the last row's. The header is papaparse's row 0.
    const row = error.code === 'MissingQuotes' ? records.length - 1 : (error.row ?? 0) - 1
    // Papaparse's own words: a detail in its English, not ours to translate.
    if (row >= 0 && !broken.has(row)) broken.set(row, { code: 'parserSaid', english: error.message })
  }
  const rows: ForensicRow[] = []
  const skipped: SkippedRow[] = []
  records.forEach((cells, index) => {
    // Said as a CSV's rows are said: the header is row 1.
    const place: RowPlace = { kind: 'row', number: index + 2 }
    const problem: FoundValue | undefined =
      broken.get(index) ??
      (cells.length !== fields.length
        ? { code: 'cellCount', cells: cells.length, header: fields.length }
        : undefined)
    if (problem) {
      skipped.push(readIssue(place, { code: 'wellFormedCsvRow' }, problem))
      return
    }
    rows.push({
      place,
      get: (field) => {
        const position = at.get(field)
        return position === undefined ? '' : (cells[position] ?? '').trim()
      },
    })
  })
  return { layout: 'CSV', fields, rows, skipped, total: records.length }
}

// The fields of a JSON Lines file are its first records' (as a JSON list's are).
const RECORDS_FOR_FIELDS = 1000

export function readTimelineJsonLines(text: string): ForensicRows {
  const read = readJsonLines(text)
  const fields: string[] = []
  const seen = new Set<string>()
  for (const record of read.records.slice(0, RECORDS_FOR_FIELDS)) {
    for (const key of Object.keys(record)) {
      const field = key.toLowerCase()
      if (!seen.has(field)) {
        seen.add(field)
        fields.push(field)
      }
    }
  }
  const rows = read.records.map((record, index): ForensicRow => {
    const byField = new Map(Object.keys(record).map((key) => [key.toLowerCase(), record[key]]))
    return {
      place: { kind: 'line', number: read.lines[index] ?? index + 1 },
      get: (field) => textOf(byField.get(field)),
    }
  })
  return { layout: 'JSON Lines', fields, rows, skipped: read.skipped, total: read.total }
}

// A JSON value as a cell: texts and numbers as they are, lists and objects as their JSON.
function textOf(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}
