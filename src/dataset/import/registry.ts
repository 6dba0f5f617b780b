import { formatCount } from '../../lib/format-count'
import type { Dataset } from '../format/schema'
import { type ColumnRoles, rolesByName } from './sheet/column-roles'
import { gdeltToDataset, isGdeltEvents } from './formats/gdelt-events'
import { keepGoodRows, type SkippedRow } from './sheet/keep-good-rows'
import { recordsToSheet } from './sheet/records-to-sheet'
import { type ReadOptions, rolesForSheet, type SheetHead, sampleOf } from './sheet/sheet-head'
import { columnValues, type Row, type Sheet } from './sheet/sheet-rows'
import { type SheetRead, sheetToDataset } from './sheet/sheet-to-dataset'
import { isTimelineJsJson, timelineJsToDataset } from './formats/timelinejs-json'
import { parseJson } from '../validate/parse-json'
import { validateDataset } from '../validate/validate-dataset'
import { csvIssuePath, isQuotesCsv, readCsvFiles } from './formats/csv-events'
import type { DatasetRead, ReadRefusal } from './dataset-read'
import { isJsonText, type NamedText } from './named-text'

type Failure = {
  ok: false
  /** Set when the file is a sheet whose columns the reader is to choose first (the mapping step). */
  head?: SheetHead
} & ReadRefusal
export type DatasetResult =
  | ({
      ok: true
      /** For a sheet: the dataset is the one its reader made, apart from the order of keys. */
      unchanged?: boolean
    } & DatasetRead)
  | Failure

/**
 * The full reader: turns the text of one dataset file (JSON), or of an events CSV with an optional
 * quotes CSV, into a valid dataset, or into the list of what is wrong with it, each problem by place.
 * Never throws. Loads zod and the CSV parser: see read-dataset.ts for the fast path before it.
 */
export function datasetFromFiles(files: NamedText[], options: ReadOptions = {}): DatasetResult {
  const page = files.find(isWebPage)
  if (page) {
    return {
      ok: false,
      message: `${page.name} is a web page, not a dataset: save or link the .json or .csv file itself.`,
      issues: [],
    }
  }
  const workbook = files.find((file) => file.text.startsWith(ZIP_SIGNATURE))
  if (workbook) {
    return {
      ok: false,
      message: `${workbook.name} is an Excel workbook (or another zip file) that came as text, which loses its bytes: open the file itself with Open dataset…, or save the sheet of events as CSV and open that.`,
      issues: [],
    }
  }
  const json = files.find((file) => isJsonText(file))
  if (json) return datasetFromJson(json, options)
  const quotes = files.find((file) => isQuotesCsv(file.text) && !isGdeltEvents(file.text))
  const events = files.find((file) => file !== quotes)
  if (!events) {
    return {
      ok: false,
      message: 'No events file was given.',
      issues: [
        {
          path: '(the files)',
          expected: 'a JSON dataset or an events CSV',
          found: files.map((file) => file.name).join(', ') || 'nothing',
        },
      ],
    }
  }
  if (isGdeltEvents(events.text)) return datasetFromGdelt(events)
  const read = readCsvFiles(events.text, events.name, quotes?.text)
  if (!read.ok) return { ok: false, message: `${events.name} could not be read as CSV.`, issues: read.issues }
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
}

/**
 * A sheet opened with the roles chosen for it (see sheet-head.ts): or, when the reader is to choose
 * them first, its head and why, for the mapping step.
 */
export function openSheet(
  where: Pick<SheetHead, 'file' | 'kind' | 'sheets' | 'at'>,
  sheet: Sheet,
  options: ReadOptions,
  /** The rows left out as the file was parsed, and a quotes file's rows. */
  parsed: { skipped?: SkippedRow[]; quoteRows?: Row[] },
  notesBefore: string[] = [],
  /** What the file is, when the mapping step is needed ("x.json is a JSON list of 3 records: …"). */
  lead = `Choose what the columns of ${where.file} hold.`,
): DatasetResult {
  const sample = where.sheets[where.at]
  if (!sample) return { ok: false, message: `${where.file} has no sheet to read.`, issues: [] }
  const decided = rolesForSheet(sample, options, (column) => columnValues(sheet, column))
  const head: SheetHead = { ...where, ...decided }
  const read = (roles: ColumnRoles) =>
    sheetToDataset(sheet, where.file, {
      ...parsed,
      roles,
      ...(decided.dateOrder ? { dateOrder: decided.dateOrder } : {}),
      ...(options.onRows ? { onRows: options.onRows } : {}),
    })
  if (decided.review) {
    // What the names alone miss, for whoever cannot be shown the mapping step (a linked file).
    const byNames = read(rolesByName(sample.header))
    return {
      ok: false,
      message: `${lead} ${decided.review}`,
      issues: byNames.ok ? [] : byNames.issues,
      head,
    }
  }
  const converted = read(decided.roles)
  if (converted.ok) options.onUnchecked?.(converted.dataset)
  const result = datasetFromSheet(converted, where.file, where.kind, [...notesBefore, ...rolesNote(head)])
  return result.ok ? { ...result, head } : result
}

// Said when a file opened with columns a reader chose, now or for an earlier file of the same header.
function rolesNote(head: SheetHead): string[] {
  const sources = new Set(Object.values(head.by))
  if (sources.has('remembered'))
    return [`${head.file} was read with the columns chosen for an earlier file with the same header.`]
  if (sources.has('chosen')) return [`${head.file} was read with the columns you chose.`]
  return []
}

/**
 * A sheet read into a dataset (a CSV, a workbook's sheet, a JSON list of records), its bad rows left
 * out and said (see keep-good-rows.ts); refused only when no row is left.
 */
export function datasetFromSheet(
  converted: SheetRead,
  name: string,
  kind: string,
  notesBefore: string[] = [],
): DatasetResult {
  if (!converted.ok)
    return { ok: false, message: `${name} could not be read as ${kind}.`, issues: converted.issues }
  const place = (path: string) => csvIssuePath(path, converted.eventLines, converted.columnOf)
  const result = keepGoodRows(converted.dataset, converted.skipped, converted.rows, place)
  if (!result.ok) {
    const issues = [
      ...converted.skipped,
      ...result.issues.map((issue) => ({ ...issue, path: place(issue.path) })),
    ]
    return {
      ok: false,
      message: `${name} is not a valid events ${kind}: ${issues.length} problem(s).`,
      issues,
    }
  }
  return {
    ok: true,
    dataset: result.dataset,
    notes: [...notesBefore, ...converted.notes, ...result.notes],
    leftOut: result.leftOut,
    unchanged: result.unchanged,
  }
}

function datasetFromJson(file: NamedText, options: ReadOptions): DatasetResult {
  const json = parseJson(file.text)
  if (!json.ok) return { ok: false, message: `${file.name} is not valid JSON.`, issues: [json.issue] }
  if (isTimelineJsJson(json.value)) return datasetFromTimelineJs(json.value, file)
  if (Array.isArray(json.value)) return datasetFromRecords(json.value, file, options, null)
  // An API's answer ({"status": 200, "data": [...]}: ACLED's, and most others'): its list of records.
  const wrapped = recordListIn(json.value)
  if (wrapped) return datasetFromRecords(wrapped.list, file, options, wrapped.field)
  const result = validateDataset(json.value)
  if (!result.ok) {
    return {
      ok: false,
      message: claimsToBeDataset(json.value)
        ? `${file.name} is not a valid Story Timeline dataset: ${result.issues.length} problem(s).`
        : `${file.name} is JSON, but neither a Story Timeline dataset (it has no "format" field) nor a list of records that could be events${fieldsOf(json.value)}.`,
      issues: result.issues,
    }
  }
  return { ok: true, dataset: result.dataset, notes: [], leftOut: [] }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const claimsToBeDataset = (value: unknown) => isRecord(value) && 'format' in value

function fieldsOf(value: unknown): string {
  if (!isRecord(value)) return ''
  const keys = Object.keys(value)
  if (keys.length === 0) return ''
  const named = keys.slice(0, 8).map((key) => `"${key.slice(0, 40)}"`)
  return `: its fields are ${named.join(', ')}${keys.length > 8 ? ` and ${formatCount(keys.length - 8)} more` : ''}`
}

/**
 * The list of records an object that is not a dataset holds in one of its fields (an API's "data",
 * "results", "events"…): the longest, if any holds records at all.
 */
function recordListIn(value: unknown): { field: string; list: unknown[] } | null {
  if (!isRecord(value) || claimsToBeDataset(value)) return null
  let found: { field: string; list: unknown[] } | null = null
  for (const [field, list] of Object.entries(value)) {
    if (!Array.isArray(list) || !list.some(isRecord)) continue
    if (!found || list.length > found.list.length) found = { field, list }
  }
  return found
}

/**
 * A JSON list of flat records (TimeMap's and datasheet-server's exports, an API's answer's list), read
 * as the rows of a sheet. `field` names the field of the file's object that holds the list, if one does.
 */
function datasetFromRecords(
  list: unknown[],
  file: NamedText,
  options: ReadOptions,
  field: string | null,
): DatasetResult {
  const records = recordsToSheet(list)
  const count = `${formatCount(list.length)} ${list.length === 1 ? 'record' : 'records'}`
  const what = field
    ? `${file.name} holds a list of ${count} in its "${field.slice(0, 40)}" field`
    : `${file.name} is a JSON list of ${count}`
  if (!records) {
    return {
      ok: false,
      message: `${what}, but not of flat records (objects of texts and numbers) that could be events.`,
      issues: [],
    }
  }
  const read = openSheet(
    { file: file.name, kind: 'JSON list', sheets: [sampleOf(file.name, records.sheet)], at: 0 },
    records.sheet,
    options,
    {},
    [`${what}: each was read as a row, its fields as columns.`, ...records.notes],
    `${what}: choose what its fields hold.`,
  )
  return read.ok || read.head
    ? read
    : { ...read, message: `${what}, and its fields could not be read as events.` }
}

function datasetFromTimelineJs(
  value: Parameters<typeof timelineJsToDataset>[0],
  file: NamedText,
): DatasetResult {
  const read = timelineJsToDataset(value, file.name)
  const kept = keptItems(
    read,
    read.slides,
    `${file.name} is a TimelineJS story, but none of its slides could be read as an event.`,
  )
  if (!kept.ok) return kept
  const notes = [
    `${file.name} was read as a TimelineJS story.`,
    ...read.notes,
    ...kept.notes.map((note) => note.replace(/ rows were left out/, ' slides were left out')),
  ]
  return { ...kept, notes }
}

function datasetFromGdelt(file: NamedText): DatasetResult {
  const read = gdeltToDataset(file.text, file.name)
  const kept = keptItems(
    read,
    read.rows,
    `${file.name} looks like GDELT events, but none of its rows could be read as an event.`,
  )
  return kept.ok ? { ...kept, notes: [...read.notes, ...kept.notes] } : kept
}

/**
 * A format reader's dataset with its bad items left out (see keep-good-rows.ts), each problem named by
 * the item's own place in the file ("events[2]" of what was made is the file's "eras[0]", "row 12").
 */
function keptItems(
  read: { dataset: Dataset; skipped: SkippedRow[]; placeOf: string[] },
  total: number,
  noneMessage: string,
): DatasetResult {
  const place = (path: string) =>
    path.replace(/^events\[(\d+)\]/, (_, index) => read.placeOf[Number(index)] ?? `events[${index}]`)
  const kept = keepGoodRows(read.dataset, read.skipped, total, place)
  if (!kept.ok) {
    return {
      ok: false,
      message: noneMessage,
      issues: [...read.skipped, ...kept.issues.map((issue) => ({ ...issue, path: place(issue.path) }))],
    }
  }
  return { ok: true, dataset: kept.dataset, notes: kept.notes, leftOut: kept.leftOut }
}

// A zip file's first bytes, as text: an Excel workbook (.xlsx) is a zip of XML files.
const ZIP_SIGNATURE = 'PK\u0003\u0004'

// A saved or linked web page (an HTML document), which a CSV reader would read as rows of markup.
function isWebPage(file: NamedText): boolean {
  return /^\s*(<!doctype html|<html[\s>])/i.test(file.text.slice(0, 200))
}
