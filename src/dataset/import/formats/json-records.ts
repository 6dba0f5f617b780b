import { type DatasetResult, type Importer, isRecord, jsonValue } from '../importer'
import type { NamedText } from '../named-text'
import { type FileWhat, refused } from '../read-refusal'
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
    if (!json) return refused({ code: 'declined', format: 'JSON list of records' })
    if (Array.isArray(value)) return datasetFromRecords(value, json.file, options, null)
    const wrapped = recordListIn(value)
    return wrapped
      ? datasetFromRecords(wrapped.list, json.file, options, wrapped.field)
      : refused({ code: 'noRecordList', file: json.file.name })
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
  const fileWhat: FileWhat = {
    code: 'jsonList',
    file: file.name,
    count: list.length,
    field: field?.slice(0, 40) ?? null,
  }
  if (!records) return refused({ code: 'notFlatRecords', what: fileWhat })
  const read = openSheet(
    { file: file.name, kind: 'JSON list', sheets: [sampleOf(file.name, records.sheet)], at: 0 },
    records.sheet,
    options,
    {},
    [
      { code: 'recordsList', file: file.name, count: list.length, field: field?.slice(0, 40) ?? null },
      ...records.notes,
    ],
    fileWhat,
  )
  return read.ok || read.head ? read : refused({ code: 'fieldsNotEvents', what: fileWhat }, read.issues)
}
