import type { RowPlace } from '../../validate/row-place'
import { type DatasetResult, type Importer, isRecord, jsonValue } from '../importer'
import type { NamedText } from '../named-text'
import { readIssue } from '../read-issue'
import { type FileWhat, refused } from '../read-refusal'
import type { SkippedRow } from '../sheet/keep-good-rows'
import { openSheet } from '../sheet/open-sheet'
import { recordsToSheet } from '../sheet/records-to-sheet'
import type { ReadOptions } from '../sheet/sheet-head'
import { sampleOf } from '../sheet/sheet-head'
import { type ResultRow, resultRecords } from './wikidata-records'
import { type Binding, isWikidataItem } from './wikidata-values'

/**
 * A query's results from the Wikidata Query Service: its JSON (SPARQL 1.1 Query Results JSON,
 * `head.vars` and `results.bindings`, what any SPARQL endpoint answers) or the simple JSON list the
 * service's "JSON file" download gives (one object of texts a row, Wikidata's item addresses among
 * them). Read as a sheet (see wikidata-records.ts), the mapping step included.
 */
export const wikidataResults: Importer = {
  name: 'Wikidata query results',
  recognise: (input) => (resultsOf(jsonValue(input)) ? 0.95 : 0),
  read: (input, options) => {
    const json = input.json()
    const found = resultsOf(jsonValue(input))
    if (!json || !found) return refused({ code: 'declined', format: 'Wikidata query results' })
    return datasetFromResults(found, json.file, options)
  },
}

type Results = {
  vars: string[]
  rows: ResultRow[]
  /** Each row's place in the results (from 1): items that were no row are left out before. */
  places: number[]
  skipped: SkippedRow[]
  total: number
  simple: boolean
}

function resultsOf(value: unknown): Results | null {
  if (isRecord(value) && isRecord(value.head) && isRecord(value.results)) {
    const { vars } = value.head
    const { bindings } = value.results
    if (!Array.isArray(vars) || !Array.isArray(bindings)) return null
    return fromBindings(
      vars.filter((name): name is string => typeof name === 'string'),
      bindings,
    )
  }
  if (!Array.isArray(value)) return null
  // The simple list: flat records of texts, some of them Wikidata's items.
  const first = value.slice(0, 50).filter(isRecord)
  const hasItems = first.some((record) =>
    Object.values(record).some((cell) => typeof cell === 'string' && isWikidataItem(cell)),
  )
  return hasItems && first.length > 0 ? fromSimple(value) : null
}

/** The place of a result's row: the first is row 1. */
const rowPlace = (index: number): RowPlace => ({ kind: 'row', number: index + 1 })

function fromBindings(vars: readonly string[], bindings: readonly unknown[]): Results {
  const skipped: SkippedRow[] = []
  const rows: ResultRow[] = []
  const places: number[] = []
  bindings.forEach((binding, index) => {
    if (!isRecord(binding)) {
      skipped.push(readIssue(rowPlace(index), { code: 'binding' }, { code: 'jsType', type: typeof binding }))
      return
    }
    const row = new Map<string, Binding>()
    for (const name of vars) {
      const cell = binding[name]
      // A variable a row does not bind (OPTIONAL) is no value, as a missing cell is.
      if (!isRecord(cell) || typeof cell.value !== 'string') continue
      row.set(name, {
        value: cell.value,
        type: typeof cell.type === 'string' ? cell.type : 'literal',
        datatype: typeof cell.datatype === 'string' ? cell.datatype : null,
      })
    }
    if (row.size === 0) {
      skipped.push(readIssue(rowPlace(index), { code: 'bindingValue' }, { code: 'noneReadable' }))
      return
    }
    rows.push(row)
    places.push(index + 1)
  })
  return { vars: [...vars], rows, places, skipped, total: bindings.length, simple: false }
}

function fromSimple(list: readonly unknown[]): Results {
  const vars: string[] = []
  const seen = new Set<string>()
  const skipped: SkippedRow[] = []
  const rows: ResultRow[] = []
  const places: number[] = []
  list.forEach((item, index) => {
    if (!isRecord(item)) {
      skipped.push(readIssue(rowPlace(index), { code: 'resultRow' }, { code: 'jsType', type: typeof item }))
      return
    }
    const row = new Map<string, Binding>()
    for (const [name, cell] of Object.entries(item)) {
      if (!seen.has(name)) {
        seen.add(name)
        vars.push(name)
      }
      if (typeof cell !== 'string' && typeof cell !== 'number') continue
      const value = String(cell)
      row.set(name, { value, type: /^https?:\/\//.test(value) ? 'uri' : 'literal', datatype: null })
    }
    rows.push(row)
    places.push(index + 1)
  })
  return { vars, rows, places, skipped, total: list.length, simple: true }
}

function datasetFromResults(found: Results, file: NamedText, options: ReadOptions): DatasetResult {
  const read = resultRecords(found.vars, found.rows)
  const records = recordsToSheet(
    read.records,
    (index) => found.places[read.firstRows[index] ?? index] ?? index + 1,
  )
  const fileWhat: FileWhat = {
    code: 'queryResults',
    file: file.name,
    simple: found.simple,
    rows: found.total,
  }
  if (!records) return refused({ code: 'noneRead', what: fileWhat }, found.skipped)
  const sheet = { ...records.sheet, total: found.total }
  return openSheet(
    { file: file.name, kind: 'JSON list', sheets: [sampleOf(file.name, sheet)], at: 0 },
    sheet,
    options,
    { skipped: found.skipped },
    [
      { code: 'queryResults', file: file.name, simple: found.simple, total: found.total },
      ...read.notes,
      ...records.notes,
    ],
    fileWhat,
  )
}
