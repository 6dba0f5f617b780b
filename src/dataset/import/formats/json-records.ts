import { formatCount } from '../../../lib/format-count'
import { type DatasetResult, type Importer, isRecord, jsonValue } from '../importer'
import type { NamedText } from '../named-text'
import { openSheet } from '../sheet/open-sheet'
import { recordsToSheet } from '../sheet/records-to-sheet'
import type { ReadOptions } from '../sheet/sheet-head'
import { sampleOf } from '../sheet/sheet-head'
import { claimsToBeDataset } from './story-timeline-json'

/**
 * A JSON list of records (TimeMap's and datasheet-server's exports), or an API's answer holding one in
 * a field ({"status": 200, "data": [...]}: ACLED's, and most others'): read as the rows of a sheet.
 */
export const jsonRecords: Importer = {
  name: 'JSON list of records',
  recognise: (input) => {
    const value = jsonValue(input)
    if (Array.isArray(value)) return 0.9
    return recordListIn(value) ? 0.6 : 0
  },
  read: (input, options) => {
    const json = input.json()
    const value = jsonValue(input)
    if (!json) return { ok: false, message: 'No JSON file was given.', issues: [] }
    if (Array.isArray(value)) return datasetFromRecords(value, json.file, options, null)
    const wrapped = recordListIn(value)
    return wrapped
      ? datasetFromRecords(wrapped.list, json.file, options, wrapped.field)
      : { ok: false, message: `${json.file.name} holds no list of records.`, issues: [] }
  },
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
    [
      { code: 'recordsList', file: file.name, count: list.length, field: field?.slice(0, 40) ?? null },
      ...records.notes,
    ],
    `${what}: choose what its fields hold.`,
  )
  return read.ok || read.head
    ? read
    : { ...read, message: `${what}, and its fields could not be read as events.` }
}
